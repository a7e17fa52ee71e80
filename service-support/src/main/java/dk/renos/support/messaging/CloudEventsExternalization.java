package dk.renos.support.messaging;

import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a published event leaves a service: every record in the {@link EventType} catalogue goes to
 * its context's topic, keyed by its aggregate id, as CloudEvents 1.0 binary mode. Header values are
 * raw bytes, so Spring's header mapper adds no type header and no Java class name reaches the wire.
 *
 * <p>The event id ({@code ce_id}) is a name-based UUID of the type and the JSON payload: a
 * publication the outbox sends again after a crash carries the same id, which is what lets every
 * consumer recognise the redelivery.
 */
public final class CloudEventsExternalization {

  private final String source;
  private final JsonMapper json;
  private final Clock clock;

  public CloudEventsExternalization(String applicationName, JsonMapper json, Clock clock) {
    this.source = "/renos/" + applicationName;
    this.json = json;
    this.clock = clock;
  }

  public EventExternalizationConfiguration configuration() {
    return EventExternalizationConfiguration.externalizing()
        .select(CloudEventsExternalization::isPublished)
        .routeAll(
            event -> {
              EventType<Record> type = typeOf(event);
              return RoutingTarget.forTarget(type.topic())
                  .andKey(type.key((Record) event).toString());
            })
        .headers(this::headersFor)
        .build();
  }

  static boolean isPublished(Object event) {
    return event instanceof Record
        && EventType.ALL.stream().anyMatch(t -> t.recordClass() == event.getClass());
  }

  @SuppressWarnings("unchecked")
  private static EventType<Record> typeOf(Object event) {
    return (EventType<Record>) EventType.of((Record) event);
  }

  /** The CloudEvents attributes of one event, as Kafka header bytes. */
  public Map<String, Object> headersFor(Object event) {
    EventType<Record> type = typeOf(event);
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE));
    headers.put(CloudEventHeaders.ID, bytes(eventId(type, event).toString()));
    headers.put(CloudEventHeaders.TYPE, bytes(type.ceType()));
    headers.put(CloudEventHeaders.SOURCE, bytes(source));
    headers.put(CloudEventHeaders.SUBJECT, bytes(type.key((Record) event).toString()));
    headers.put(CloudEventHeaders.TIME, bytes(Instant.now(clock).toString()));
    headers.put("content-type", bytes("application/json"));
    return headers;
  }

  /** Same type and same payload, same id: stable across resubmissions of one publication. */
  UUID eventId(EventType<?> type, Object event) {
    byte[] payload = json.writeValueAsBytes(event);
    byte[] name = (type.ceType() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[name.length + payload.length];
    System.arraycopy(name, 0, all, 0, name.length);
    System.arraycopy(payload, 0, all, name.length, payload.length);
    return UUID.nameUUIDFromBytes(all);
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
