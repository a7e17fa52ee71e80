package dk.renos.quote.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import dk.renos.events.Topics;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.WithRealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** customer.events → the contact the quote mail is written and addressed with. */
@SpringBootTest
@WithRealInfrastructure
class CustomerContactIT {

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());

  @Autowired CustomerContacts contacts;

  @Test
  void theGoldenCustomerCreatedSampleIsKeptWithNameEmailAndAddressButNoPhone() throws Exception {
    UUID customer = UUID.fromString("7a1c4e9b-2d6f-4a3c-9e8b-5f0d1c2a3b84");
    contacts.deleteById(customer);

    kafka.sendCloudEvent(
        Topics.CUSTOMER,
        customer.toString(),
        EventType.CUSTOMER_CREATED.ceType(),
        UUID.randomUUID().toString(),
        CloudEventHeaders.source("lead-service"),
        EventType.CUSTOMER_CREATED.sampleJson().getBytes(StandardCharsets.UTF_8));

    CustomerContact contact = await(customer);
    assertThat(contact.getName()).isEqualTo("Søren Østergaard");
    assertThat(contact.firstName()).isEqualTo("Søren");
    assertThat(contact.getEmail()).isEqualTo("soren.ostergaard@example.dk");
    assertThat(contact.street()).isEqualTo("Åboulevarden 12");
    assertThat(CustomerContact.class.getDeclaredFields())
        .noneMatch(field -> field.getName().toLowerCase().contains("phone"));
  }

  private CustomerContact await(UUID customer) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<CustomerContact> contact = contacts.findById(customer);
      if (contact.isPresent()) {
        return contact.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("contact of " + customer + " not kept within 60 s");
  }
}
