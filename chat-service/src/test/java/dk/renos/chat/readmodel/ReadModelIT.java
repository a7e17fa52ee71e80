package dk.renos.chat.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.chat.ChatIntegrationTest;
import dk.renos.events.EventType;
import dk.renos.events.customer.CustomerCreated;
import dk.renos.events.email.EmailReceived;
import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteDrafted;
import dk.renos.events.quote.QuoteSent;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read models are built from the other contexts' topics as their producers write them
 * (CloudEvents binary mode, golden-sample JSON), once per event id, in any order across topics.
 */
@ChatIntegrationTest
class ReadModelIT {

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());

  @Autowired JdbcTemplate jdbc;

  @Autowired JsonMapper json;

  @Test
  void everyGoldenSampleOnItsTopicLandsInItsReadModel() {
    List.of(
            "rm_email_participant",
            "rm_email_thread",
            "rm_booking",
            "rm_quote",
            "rm_lead",
            "rm_customer")
        .forEach(table -> jdbc.update("DELETE FROM " + table));
    for (EventType<?> type : EventType.ALL) {
      if (type != EventType.SEND_EMAIL_REQUESTED && type != EventType.BOOKING_CANCELLED) {
        sendSample(type);
      }
    }
    await(() -> count("rm_booking") == 1 && count("rm_email_thread") == 1 && quoteStage() == 3);

    assertThat(
            jdbc.queryForMap(
                "SELECT name, email, phone FROM rm_customer WHERE id = '7a1c4e9b-2d6f-4a3c-9e8b-5f0d1c2a3b84'"))
        .containsEntry("name", "Søren Østergaard")
        .containsEntry("phone", "+4522334455");
    assertThat(
            jdbc.queryForMap(
                "SELECT source, area_sqm FROM rm_lead WHERE id = '3f8d2c6a-7b1e-4d9f-b2a4-6c5e8f1d0a17'"))
        .containsEntry("source", "RENGORING_AARHUS")
        .containsEntry("area_sqm", 98);
    assertThat(
            jdbc.queryForObject(
                "SELECT price_incl_vat_ore FROM rm_quote WHERE id = 'c2e5a8f1-6b3d-4e7a-9c1f-8d4b2a6e0f35'",
                Long.class))
        .isEqualTo(174500L);
    assertThat(jdbc.queryForList("SELECT address FROM rm_email_participant", String.class))
        .isNotEmpty()
        .allSatisfy(address -> assertThat(address).isLowerCase().contains("@"));
    // an email's body is never stored: no column of the thread tables holds text beyond the subject
    assertThat(
            jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'chat'"
                    + " AND table_name LIKE 'rm_email%'",
                String.class))
        .doesNotContain("body", "body_text");

    sendSample(EventType.BOOKING_CANCELLED);
    await(() -> count("rm_booking WHERE cancelled_at IS NOT NULL") == 1);
  }

  @Test
  void aQuoteSentThatOvertakesItsDraftKeepsItsStageAndGainsTheDraftsPrice() {
    UUID quote = UUID.randomUUID();
    UUID customer = UUID.randomUUID();
    Instant sent = Instant.parse("2026-03-20T10:00:00Z");
    send(new QuoteSent(quote, customer, UUID.randomUUID(), sent), UUID.randomUUID());
    await(() -> exists("rm_quote WHERE stage = 2 AND id = '" + quote + "'"));
    send(
        new QuoteDrafted(
            quote,
            UUID.randomUUID(),
            customer,
            "MOVE_OUT",
            2,
            new BigDecimal("3.5"),
            250000,
            200000,
            210,
            sent.minusSeconds(3600)),
        UUID.randomUUID());
    await(() -> exists("rm_quote WHERE price_incl_vat_ore = 250000 AND id = '" + quote + "'"));
    assertThat(jdbc.queryForObject("SELECT stage FROM rm_quote WHERE id = ?", Integer.class, quote))
        .isEqualTo(2);
  }

  @Test
  void aRedeliveredEmailIsCountedOnceInItsThread() {
    UUID thread = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    EmailReceived email =
        new EmailReceived(
            UUID.randomUUID(),
            thread,
            "<a@b>",
            null,
            "Kunde@Example.dk",
            "Kunde",
            List.of("info@rendetalje.dk"),
            "Tilbud på flytterengøring",
            "Hej, jeg vil gerne have et tilbud. Mit nummer er 12345678.",
            Instant.parse("2026-03-20T10:00:00Z"));
    send(email, eventId);
    send(email, eventId);
    // a later, different event on the same thread proves the redelivery was processed (and skipped)
    send(
        new LeadCreated(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "WEBSITE",
            "MOVE_OUT",
            null,
            null,
            List.of(),
            null,
            null,
            thread,
            Instant.parse("2026-03-20T10:01:00Z")),
        UUID.randomUUID());
    await(() -> exists("rm_lead WHERE thread_id = '" + thread + "'"));
    assertThat(
            jdbc.queryForMap(
                "SELECT subject, message_count FROM rm_email_thread WHERE id = ?", thread))
        .containsEntry("subject", "Tilbud på flytterengøring")
        .containsEntry("message_count", 1);
    assertThat(
            jdbc.queryForList(
                "SELECT address FROM rm_email_participant WHERE thread_id = ? ORDER BY address",
                String.class,
                thread))
        .containsExactly("info@rendetalje.dk", "kunde@example.dk");
  }

  @Test
  void aCustomerWithoutContactDetailsIsKept() {
    UUID customer = UUID.randomUUID();
    send(
        new CustomerCreated(customer, "Anne Larsen", null, null, null, ChatIntegrationTest.MONDAY),
        UUID.randomUUID());
    await(() -> exists("rm_customer WHERE name = 'Anne Larsen' AND id = '" + customer + "'"));
  }

  private <E extends Record> void send(E event, UUID eventId) {
    EventType<E> type = EventType.of(event);
    kafka.sendCloudEvent(
        type.topic(),
        type.key(event).toString(),
        type.ceType(),
        eventId.toString(),
        "/renos/test",
        json.writeValueAsBytes(event));
  }

  private void sendSample(EventType<?> type) {
    byte[] sample = type.sampleJson().getBytes(StandardCharsets.UTF_8);
    Map<String, Object> fields = json.readValue(sample, Map.class);
    String key = String.valueOf(fields.values().iterator().next());
    kafka.sendCloudEvent(
        type.topic(), key, type.ceType(), UUID.randomUUID().toString(), "/renos/test", sample);
  }

  private int count(String tableAndWhere) {
    return jdbc.queryForObject("SELECT count(*) FROM " + tableAndWhere, Integer.class);
  }

  private boolean exists(String tableAndWhere) {
    return count(tableAndWhere) > 0;
  }

  private int quoteStage() {
    List<Integer> stages =
        jdbc.queryForList(
            "SELECT stage FROM rm_quote WHERE id = 'c2e5a8f1-6b3d-4e7a-9c1f-8d4b2a6e0f35'",
            Integer.class);
    return stages.isEmpty() ? 0 : stages.getFirst();
  }

  private static void await(Supplier<Boolean> condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.get()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("read model did not reach the expected state within 30 s");
      }
      KafkaTopics.sleep(100);
    }
  }
}
