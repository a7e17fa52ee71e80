package dk.renos.fake.google.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event as the fake keeps it: the client-writable fields as JSON, the server-kept ones beside
 * them, and the parsed times. Deleting sets status cancelled and keeps the event: Google keeps
 * tombstones, which is why a deleted event's id cannot be inserted again and why an incremental
 * sync can report the deletion. Guarded by its FakeCalendar's lock.
 */
final class StoredEvent {
  final String id;
  final long createdOrder;
  final Instant created;
  final String creatorEmail;

  ObjectNode body;
  EventTime start;
  EventTime end;
  Recurrence recurrence;
  Instant updated;
  String etag;
  int sequence;

  /** The calendar's change number of this event's last write: what sync tokens compare. */
  long changeSeq;

  StoredEvent(String id, long createdOrder, Instant created, String creatorEmail) {
    this.id = id;
    this.createdOrder = createdOrder;
    this.created = created;
    this.creatorEmail = creatorEmail;
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

  /**
   * The occurrences of this event: itself, or for a recurring event its instances starting before
   * {@code before} (each with the master's length).
   */
  List<Occurrence> occurrences(Instant before, ZoneId calendarZone) {
    if (!recurring()) {
      return List.of(new Occurrence(this, null, start, end));
    }
    List<Occurrence> out = new ArrayList<>();
    for (EventTime s : recurrence.startsBefore(start, before, calendarZone)) {
      out.add(new Occurrence(this, s, s, shifted(s)));
    }
    return out;
  }

  /** The end of an instance starting at instanceStart: the master's length later. */
  EventTime shifted(EventTime instanceStart) {
    if (start.allDay()) {
      long days = ChronoUnit.DAYS.between(start.date(), end.date());
      return new EventTime(instanceStart.date().plusDays(days), null, end.zone());
    }
    Duration length = Duration.between(start.instant(), end.instant());
    return new EventTime(null, instanceStart.instant().plus(length), end.zone());
  }

  /**
   * One occurrence: the event itself (originalStart null) or an instance of a recurring one.
   *
   * @param originalStart the instance's start as the rule made it, which names the instance
   */
  record Occurrence(StoredEvent event, EventTime originalStart, EventTime start, EventTime end) {
    boolean instance() {
      return originalStart != null;
    }

    String id() {
      return instance() ? EventIds.instanceId(event.id, originalStart) : event.id;
    }

    boolean overlaps(Instant from, Instant to, ZoneId calendarZone) {
      Instant s = start.instant(calendarZone);
      Instant e = end.instant(calendarZone);
      // a zero-length event at the range start still counts, as at Google
      return (to == null || s.isBefore(to)) && (from == null || e.isAfter(from) || s.equals(from));
    }
  }
}
