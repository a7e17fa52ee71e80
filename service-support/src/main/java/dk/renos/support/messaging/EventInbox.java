package dk.renos.support.messaging;

import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consuming half of the delivery guarantees in one call: read the CloudEvent, keep only the
 * wanted type, record its id in {@code processed_message}, and run the effect — once per event id.
 * Call it from a {@code @Transactional} listener so the id and the effect commit together; a
 * failing effect rolls its id back, so the retry runs it again.
 */
public class EventInbox {

  private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

  private final CloudEventReader reader;
  private final ProcessedMessages processed;

  public EventInbox(CloudEventReader reader, ProcessedMessages processed) {
    this.reader = reader;
    this.processed = processed;
  }

  /**
   * Runs {@code effect} for a record carrying a {@code type} event seen for the first time. Other
   * and unknown types are skipped quietly; a redelivered event is logged and skipped.
   */
  public <E extends Record> void handleOnce(
      ConsumerRecord<?, byte[]> record, Class<E> type, BiConsumer<InboundEvent<?>, E> effect) {
    reader
        .read(record)
        .ifPresent(
            event -> {
              if (!type.isInstance(event.payload())) {
                return;
              }
              if (processed.markProcessed(event.id(), event.type().ceType())) {
                effect.accept(event, type.cast(event.payload()));
              } else {
                log.info(
                    "Event {} ({}) already processed, skipped", event.id(), event.type().ceType());
              }
            });
  }
}
