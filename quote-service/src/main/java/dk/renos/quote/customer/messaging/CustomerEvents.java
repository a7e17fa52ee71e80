package dk.renos.quote.customer.messaging;

import dk.renos.events.Topics;
import dk.renos.events.customer.CustomerCreated;
import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.customer.CustomerContacts;
import dk.renos.support.messaging.EventInbox;
import dk.renos.support.messaging.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes {@code customer.events}: keeps each new customer's name, email and address for the quote
 * mail. Once per event id; a re-published customer overwrites (the latest wins).
 */
@Component
class CustomerEvents {

  private static final Logger log = LoggerFactory.getLogger(CustomerEvents.class);

  private final EventInbox inbox;
  private final CustomerContacts contacts;

  CustomerEvents(EventInbox inbox, CustomerContacts contacts) {
    this.inbox = inbox;
    this.contacts = contacts;
  }

  @KafkaListener(topics = Topics.CUSTOMER)
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, CustomerCreated.class, this::customerCreated);
  }

  private void customerCreated(InboundEvent<?> event, CustomerCreated customer) {
    contacts.save(
        new CustomerContact(
            customer.customerId(),
            cut(customer.name(), 200),
            cut(customer.email(), 320),
            cut(customer.address(), 300),
            customer.createdAt()));
    log.info("Contact of customer {} kept from event {}", customer.customerId(), event.id());
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
