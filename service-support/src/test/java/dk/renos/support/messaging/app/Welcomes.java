package dk.renos.support.messaging.app;

import dk.renos.events.customer.CustomerCreated;
import dk.renos.support.messaging.EventInbox;
import dk.renos.support.messaging.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consuming side: one welcome row per CustomerCreated, recorded with the event id in the same
 * transaction. A customer named "explode" fails every time, to exercise retries and the DLT.
 */
@Component
public class Welcomes {

  /** Lets a test "fix the bug" before replaying a dead letter. */
  public static final java.util.concurrent.atomic.AtomicBoolean REFUSE_EXPLODING =
      new java.util.concurrent.atomic.AtomicBoolean(true);

  private final EventInbox inbox;
  private final JdbcTemplate jdbc;

  Welcomes(EventInbox inbox, JdbcTemplate jdbc) {
    this.inbox = inbox;
    this.jdbc = jdbc;
  }

  @KafkaListener(topics = "customer.events")
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, CustomerCreated.class, this::welcome);
  }

  private void welcome(InboundEvent<?> event, CustomerCreated created) {
    if (created.name().equals("explode") && REFUSE_EXPLODING.get()) {
      throw new IllegalStateException("cannot welcome this customer");
    }
    jdbc.update(
        "insert into welcome (customer_id, event_id) values (?, ?)",
        created.customerId(),
        event.id());
  }
}
