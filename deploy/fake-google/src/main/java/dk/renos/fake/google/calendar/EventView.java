package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders events as Calendar's Event resource: the stored body plus the fields Google keeps (kind,
 * etag, id, htmlLink, created, updated, creator, organizer, iCalUID, sequence), with dateTimes
 * written in the response's time zone. An instance of a recurring event is the master's fields with
 * its own id, start, end, recurringEventId and originalStartTime, and no recurrence.
 */
final class EventView {
  static final DateTimeFormatter RFC3339_UTC = DateTimeFormatter.ISO_INSTANT;

  private EventView() {}

  static ObjectNode render(FakeCalendar calendar, StoredEvent event, ZoneId responseZone) {
    return render(
        calendar, new StoredEvent.Occurrence(event, null, event.start, event.end), responseZone);
  }

  static ObjectNode render(
      FakeCalendar calendar, StoredEvent.Occurrence occurrence, ZoneId responseZone) {
    StoredEvent event = occurrence.event();
    String id = occurrence.id();
    ObjectNode out = Json.object();
    out.put("kind", "calendar#event");
    out.put("etag", event.etag);
    out.put("id", id);
    out.put("status", event.status());
    out.put("htmlLink", htmlLink(calendar.id(), id));
    out.put("created", RFC3339_UTC.format(event.created));
    out.put("updated", RFC3339_UTC.format(event.updated));
    event
        .body
        .properties()
        .forEach(
            e -> {
              switch (e.getKey()) {
                case "start", "end", "status", "recurrence" -> {}
                default -> out.set(e.getKey(), e.getValue().deepCopy());
              }
            });
    out.putObject("creator").put("email", event.creatorEmail);
    out.putObject("organizer")
        .put("email", calendar.id())
        .put("displayName", calendar.summary())
        .put("self", true);
    out.set("start", occurrence.start().render(responseZone));
    out.set("end", occurrence.end().render(responseZone));
    if (occurrence.instance()) {
      out.put("recurringEventId", event.id);
      out.set("originalStartTime", occurrence.originalStart().render(responseZone));
    } else if (event.recurring()) {
      out.set("recurrence", Json.strings(event.recurrenceLines()));
    }
    out.put("iCalUID", event.id + "@google.com");
    out.put("sequence", event.sequence);
    if (!out.has("reminders")) {
      out.putObject("reminders").put("useDefault", true);
    }
    if (!out.has("eventType")) {
      out.put("eventType", "default");
    }
    return out;
  }

  /** Google's link: eid is base64url of "eventId calendarId". */
  static String htmlLink(String calendarId, String eventId) {
    String eid =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString((eventId + " " + calendarId).getBytes(StandardCharsets.UTF_8));
    return "https://www.google.com/calendar/event?eid=" + eid;
  }

  static String rfc3339(Instant instant) {
    return RFC3339_UTC.format(instant);
  }
}
