package dk.renos.support.messaging;

import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a Kafka record in CloudEvents binary mode into an {@link InboundEvent}. A type this build
 * does not know (a newer version, an event the consumer does not read) is skipped, not an error; a
 * record without an id or type, or with unreadable JSON, is poison.
 */
public final class CloudEventReader {

  private final JsonMapper json;

  public CloudEventReader(JsonMapper json) {
    this.json = json;
  }

  public Optional<InboundEvent<?>> read(ConsumerRecord<?, byte[]> record) {
    String id = header(record, CloudEventHeaders.ID);
    String ceType = header(record, CloudEventHeaders.TYPE);
    if (id == null || ceType == null) {
      throw new PoisonMessageException(
          "record "
              + record.topic()
              + "-"
              + record.partition()
              + "@"
              + record.offset()
              + " has no ce_id/ce_type header",
          null);
    }
    Optional<EventType<?>> type = EventType.forCeType(ceType);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(inbound(id, type.get(), record));
  }

  private <E extends Record> InboundEvent<E> inbound(
      String id, EventType<E> type, ConsumerRecord<?, byte[]> record) {
    try {
      E payload = json.readValue(record.value(), type.recordClass());
      return new InboundEvent<>(
          id,
          type,
          payload,
          header(record, CloudEventHeaders.SOURCE),
          header(record, CloudEventHeaders.TRACEPARENT));
    } catch (JacksonException | IllegalArgumentException e) {
      throw new PoisonMessageException(
          "unreadable "
              + type.ceType()
              + " payload in "
              + record.topic()
              + "-"
              + record.partition()
              + "@"
              + record.offset(),
          e);
    }
  }

  private static String header(ConsumerRecord<?, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
