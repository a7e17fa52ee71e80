package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Google calendar: its events (tombstones included), the change counter its sync tokens point
 * into, and the Java face of the admin API, with which a test acts as a person editing the calendar
 * in Google's UI (every such edit bumps the etag and shows up in the next incremental sync, exactly
 * as an API write does). Thread-safe: every method holds the calendar's lock.
 */
public final class FakeCalendar {
  /** What a client cannot set: Google fills these in itself. */
  private static final Set<String> SERVER_FIELDS =
      Set.of(
          "kind",
          "etag",
          "id",
          "htmlLink",
          "created",
          "updated",
          "creator",
          "organizer",
          "iCalUID",
          "sequence",
          "recurringEventId",
          "originalStartTime");

  /** Patched as a whole: a start that turns from dateTime into date must lose its dateTime. */
  private static final Set<String> WHOLE_ON_PATCH = Set.of("start", "end");

  private static final Set<String> STATUSES = Set.of("confirmed", "tentative", "cancelled");

  /** One sendUpdates value a write carried (null when the request had none). */
  public record SentUpdates(String method, String eventId, String sendUpdates) {}

  private final String id;
  private final String summary;
  private final ZoneId zone;
  private final Clock clock;
  private final Map<String, StoredEvent> events = new LinkedHashMap<>();
  private final List<SentUpdates> sentUpdates = new ArrayList<>();
  private long changeSeq;
  private long createdOrder;
  private long lastEtag;

  /** Sync tokens carry the epoch they were issued in; expiring the tokens starts a new one. */
  private long syncEpoch = 1;

  FakeCalendar(String id, String summary, ZoneId zone, Clock clock) {
    this.id = id;
    this.summary = summary;
    this.zone = zone;
    this.clock = clock;
  }

  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }

  public ZoneId timeZone() {
    return zone;
  }

  // ---- the admin API: a person acting in Google Calendar ----

  /**
   * Creates an event as a person would in Google Calendar (the body as events.insert takes it; an
   * "id" in it is used if valid). Returns the event as the API shows it.
   */
  public synchronized ObjectNode createEvent(JsonNode body) {
    return EventView.render(this, insert(Json.text(body, "id"), body, id), zone);
  }

  /** Changes fields of an event (patch semantics), as a person editing it. */
  public synchronized ObjectNode editEvent(String eventId, JsonNode patch) {
    return EventView.render(this, patch(eventId, patch, null), zone);
  }

  /** Moves an event to a new start and end, keeping its time zone. */
  public synchronized ObjectNode moveEvent(
      String eventId, OffsetDateTime newStart, OffsetDateTime newEnd) {
    StoredEvent event = existing(eventId);
    ObjectNode patch = Json.object();
    patch.set("start", moved(event.start, newStart));
    patch.set("end", moved(event.end, newEnd));
    return editEvent(eventId, patch);
  }

  /** Deletes an event, as a person would (it stays as a cancelled tombstone). */
  public synchronized void deleteEvent(String eventId) {
    delete(eventId, null);
  }

  /** Every event as the API would show it, cancelled ones included, in creation order. */
  public synchronized List<ObjectNode> allEvents() {
    return events.values().stream().map(e -> EventView.render(this, e, zone)).toList();
  }

  /** One event as the API shows it (cancelled too), or null. */
  public synchronized ObjectNode event(String eventId) {
    StoredEvent event = events.get(eventId);
    return event == null ? null : EventView.render(this, event, zone);
  }

  /** Invalidates every sync token issued so far: the next incremental list answers 410. */
  public synchronized void expireSyncTokens() {
    syncEpoch++;
  }

  /** The sendUpdates value of every insert, patch, update and delete, in order. */
  public synchronized List<SentUpdates> sentUpdates() {
    return List.copyOf(sentUpdates);
  }

  // ---- package-private: the Events resource ----

  synchronized StoredEvent find(String eventId) {
    return events.get(eventId);
  }

  synchronized Collection<StoredEvent> events() {
    return List.copyOf(events.values());
  }

  synchronized long changeSeq() {
    return changeSeq;
  }

  synchronized long syncEpoch() {
    return syncEpoch;
  }

  synchronized void recordSendUpdates(String method, String eventId, String value) {
    sentUpdates.add(new SentUpdates(method, eventId, value));
  }

  synchronized StoredEvent insert(String requestedId, JsonNode body, String creatorEmail) {
    if (!body.isObject()) {
      throw CalendarErrors.invalid("Invalid event.");
    }
    String eventId;
    if (requestedId == null) {
      eventId = EventIds.generate();
    } else if (!EventIds.validClientId(requestedId)) {
      throw CalendarErrors.invalidId();
    } else if (events.containsKey(requestedId)) {
      // deleted events too: Google keeps their ids
      throw CalendarErrors.duplicate();
    } else {
      eventId = requestedId;
    }
    Instant now = now();
    StoredEvent event = new StoredEvent(eventId, ++createdOrder, now, creatorEmail);
    apply(event, writable(body), true);
    events.put(eventId, event);
    return event;
  }

  synchronized StoredEvent patch(String eventId, JsonNode patch, String ifMatch) {
    if (!patch.isObject()) {
      throw CalendarErrors.invalid("Invalid event.");
    }
    StoredEvent event = existing(eventId);
    checkIfMatch(event, ifMatch);
    ObjectNode merged = event.body.deepCopy();
    merge(merged, writable(patch));
    apply(event, merged, false);
    return event;
  }

  synchronized StoredEvent update(String eventId, JsonNode body, String ifMatch) {
    if (!body.isObject()) {
      throw CalendarErrors.invalid("Invalid event.");
    }
    StoredEvent event = existing(eventId);
    checkIfMatch(event, ifMatch);
    apply(event, writable(body), false);
    return event;
  }

  synchronized StoredEvent delete(String eventId, String ifMatch) {
    StoredEvent event = existing(eventId);
    if (event.cancelled()) {
      throw CalendarErrors.deleted();
    }
    checkIfMatch(event, ifMatch);
    ObjectNode body = event.body.deepCopy();
    body.put("status", "cancelled");
    apply(event, body, false);
    return event;
  }

  // ---- internals ----

  private StoredEvent existing(String eventId) {
    StoredEvent event = eventId == null ? null : events.get(eventId);
    if (event == null) {
      throw CalendarErrors.notFound();
    }
    return event;
  }

  private static void checkIfMatch(StoredEvent event, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return;
    }
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(event.etag)) {
        return;
      }
    }
    throw CalendarErrors.conditionNotMet();
  }

  /** Validates a new body and makes it the event's, bumping etag, updated and the change number. */
  private void apply(StoredEvent event, ObjectNode body, boolean creating) {
    EventTime start = EventTime.parse(body, "start");
    EventTime end = EventTime.parse(body, "end");
    if (start.allDay() != end.allDay()) {
      throw CalendarErrors.invalid(
          "Start and end times must either both be date or both be dateTime.");
    }
    if (end.instant(zone).isBefore(start.instant(zone))) {
      throw CalendarErrors.timeRangeEmpty(null);
    }
    String status = Json.text(body, "status");
    if (status != null && !STATUSES.contains(status)) {
      throw CalendarErrors.invalid("Invalid value for: status");
    }
    String transparency = Json.text(body, "transparency");
    if (transparency != null
        && !transparency.equals("opaque")
        && !transparency.equals("transparent")) {
      throw CalendarErrors.invalid("Invalid value for: transparency");
    }
    checkExtendedProperties(body);
    List<String> lines = Json.textList(body, "recurrence");
    Recurrence recurrence = Recurrence.parse(lines, start);
    boolean timesChanged =
        !creating
            && (!start.equals(event.start)
                || !end.equals(event.end)
                || !lines.equals(event.recurrenceLines()));
    event.body = body;
    event.start = start;
    event.end = end;
    event.recurrence = recurrence;
    event.updated = now();
    event.etag = nextEtag(event.updated);
    event.changeSeq = ++changeSeq;
    if (timesChanged) {
      event.sequence++;
    }
  }

  private static void checkExtendedProperties(ObjectNode body) {
    JsonNode props = body.get("extendedProperties");
    if (props == null || props.isNull()) {
      return;
    }
    for (String visibility : List.of("private", "shared")) {
      JsonNode values = props.get(visibility);
      if (values == null || values.isNull()) {
        continue;
      }
      if (!values.isObject()) {
        throw CalendarErrors.invalid("Invalid value for: extendedProperties." + visibility);
      }
      values
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().isString()) {
                  throw CalendarErrors.invalid(
                      "Invalid value for: extendedProperties." + visibility + "." + e.getKey());
                }
              });
    }
  }

  private String nextEtag(Instant updated) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, updated);
    lastEtag = Math.max(lastEtag + 1, micros);
    return "\"" + lastEtag + "\"";
  }

  private static ObjectNode writable(JsonNode body) {
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    copy.remove(SERVER_FIELDS);
    return copy;
  }

  /**
   * PATCH semantics: objects merge field by field (extendedProperties.private keeps the keys a
   * patch does not name), anything else replaces (arrays too, and start and end); null removes.
   */
  private static void merge(ObjectNode target, ObjectNode patch) {
    patch
        .properties()
        .forEach(
            e -> {
              JsonNode value = e.getValue();
              JsonNode current = target.get(e.getKey());
              if (value.isNull()) {
                target.remove(e.getKey());
              } else if (value.isObject()
                  && current != null
                  && current.isObject()
                  && !WHOLE_ON_PATCH.contains(e.getKey())) {
                merge((ObjectNode) current, (ObjectNode) value);
              } else {
                target.set(e.getKey(), value.deepCopy());
              }
            });
  }

  private ObjectNode moved(EventTime old, OffsetDateTime to) {
    ObjectNode out = Json.object();
    if (old.allDay()) {
      out.put("date", to.toLocalDate().toString());
    } else {
      out.put("dateTime", EventTime.OFFSET.format(to));
    }
    if (old.zone() != null) {
      out.put("timeZone", old.zone().getId());
    }
    return out;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
