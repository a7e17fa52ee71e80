package dk.renos.fake.google.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event as the fake keeps it: the client-writable fields as JSON, the server-kept ones beside
 * them, and the parsed times. A recurring event keeps its changed or cancelled instances
 * ("exceptions") by instance id; an exception is itself a StoredEvent with recurringEventId set.
 * Deleting sets status cancelled and keeps the event: Google keeps tombstones, which is why a
 * deleted event's id cannot be inserted again. Guarded by its FakeCalendar's lock.
 */
final class StoredEvent {
  final String id;
  final long createdOrder;
  final Instant created;
  final String creatorEmail;

  /** For an exception: its recurring event and the instance's original start. */
  final String recurringEventId;

  final EventTime originalStart;

  ObjectNode body;
  EventTime start;
  EventTime end;
  Recurrence recurrence;
  Instant updated;
  String etag;
  int sequence;
  long changeSeq;

  /** A recurring event's exceptions, by instance id. */
  final Map<String, StoredEvent> exceptions = new TreeMap<>();

  StoredEvent(
      String id,
      long createdOrder,
      Instant created,
      String creatorEmail,
      String recurringEventId,
      EventTime originalStart) {
    this.id = id;
    this.createdOrder = createdOrder;
    this.created = created;
    this.creatorEmail = creatorEmail;
    this.recurringEventId = recurringEventId;
    this.originalStart = originalStart;
  }

  String status() {
    JsonNode status = body.get("status");
    return status == null || status.isNull() ? "confirmed" : status.asString();
  }

  boolean cancelled() {
    return "cancelled".equals(status());
  }

  boolean recurring() {
    return recurrence != null;
  }

  boolean transparent() {
    JsonNode t = body.get("transparency");
    return t != null && "transparent".equals(t.asString());
  }

  List<String> recurrenceLines() {
    List<String> lines = new ArrayList<>();
    JsonNode r = body.get("recurrence");
    if (r != null && r.isArray()) {
      r.forEach(line -> lines.add(line.asString()));
    }
    return lines;
  }

  String text(String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  /** extendedProperties.private or .shared as name → value. */
  Map<String, String> extendedProperties(String visibility) {
    Map<String, String> out = new TreeMap<>();
    JsonNode props = body.path("extendedProperties").path(visibility);
    if (props.isObject()) {
      props.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
    }
    return out;
  }
}
