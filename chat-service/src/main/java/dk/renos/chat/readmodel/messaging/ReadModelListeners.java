package dk.renos.chat.readmodel.messaging;

import dk.renos.chat.readmodel.ReadModelWriter;
import dk.renos.events.Topics;
import dk.renos.support.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the read models from every topic the assistant answers about. Each event is applied once
 * (its id goes into {@code processed_message} in the same transaction as the rows); types the read
 * models do not keep are recorded and skipped by {@link ReadModelWriter}.
 */
@Component
class ReadModelListeners {

  private static final Logger log = LoggerFactory.getLogger(ReadModelListeners.class);

  private final EventInbox inbox;

  private final ReadModelWriter writer;

  ReadModelListeners(EventInbox inbox, ReadModelWriter writer) {
    this.inbox = inbox;
    this.writer = writer;
  }

  @KafkaListener(
      topics = {Topics.CUSTOMER, Topics.LEAD, Topics.QUOTE, Topics.BOOKING, Topics.EMAIL})
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(
        record,
        Record.class,
        (event, payload) -> {
          writer.apply(payload);
          // One line per event, with the trace the producer's headers carried; ids only, no
          // personal data.
          log.info(
              "{} from {}-{}@{} applied to the read models",
              payload.getClass().getSimpleName(),
              record.topic(),
              record.partition(),
              record.offset());
        });
  }
}
