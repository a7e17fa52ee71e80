package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST freeBusy: for each requested calendar, the busy intervals between timeMin and timeMax,
 * clipped to the range and merged where they touch or overlap. Cancelled and transparent
 * ("available") events are not busy; recurring events count by their instances. An unknown calendar
 * gets errors [notFound] and no busy times, as at Google.
 */
final class FreeBusy {
  private record Interval(Instant start, Instant end) {}

  private FreeBusy() {}

  static ObjectNode query(JsonNode body, Function<String, FakeCalendar> calendars) {
    if (Json.text(body, "timeMin") == null) {
      throw CalendarErrors.required("Missing timeMin parameter.");
    }
    if (Json.text(body, "timeMax") == null) {
      throw CalendarErrors.required("Missing timeMax parameter.");
    }
    Instant timeMin = EventTime.parseBound(Json.text(body, "timeMin"), "timeMin");
    Instant timeMax = EventTime.parseBound(Json.text(body, "timeMax"), "timeMax");
    if (!timeMax.isAfter(timeMin)) {
      throw CalendarErrors.timeRangeEmpty(null);
    }
    ZoneId responseZone =
        Json.text(body, "timeZone") == null
            ? ZoneOffset.UTC
            : EventTime.zone(Json.text(body, "timeZone"), "timeZone");
    ObjectNode out = Json.object();
    out.put("kind", "calendar#freeBusy");
    out.put("timeMin", format(timeMin, responseZone));
    out.put("timeMax", format(timeMax, responseZone));
    ObjectNode result = out.putObject("calendars");
    for (JsonNode item : body.path("items")) {
      String id = Json.text(item, "id");
      ObjectNode entry = result.putObject(id == null ? "" : id);
      FakeCalendar calendar = id == null ? null : calendars.apply(id);
      if (calendar == null) {
        entry.putArray("errors").addObject().put("domain", "global").put("reason", "notFound");
        entry.putArray("busy");
        continue;
      }
      var busy = entry.putArray("busy");
      for (Interval i : busy(calendar, timeMin, timeMax)) {
        busy.addObject()
            .put("start", format(i.start(), responseZone))
            .put("end", format(i.end(), responseZone));
      }
    }
    return out;
  }

  static List<Interval> busy(FakeCalendar calendar, Instant timeMin, Instant timeMax) {
    ZoneId zone = calendar.timeZone();
    List<Interval> raw = new ArrayList<>();
    for (StoredEvent event : calendar.events()) {
      if (event.cancelled() || event.transparent()) {
        continue;
      }
      for (StoredEvent.Occurrence o : event.occurrences(timeMax, zone)) {
        Instant s = o.start().instant(zone);
        Instant e = o.end().instant(zone);
        if (s.isBefore(timeMax) && e.isAfter(timeMin)) {
          raw.add(new Interval(max(s, timeMin), min(e, timeMax)));
        }
      }
    }
    raw.sort(Comparator.comparing(Interval::start));
    List<Interval> merged = new ArrayList<>();
    for (Interval i : raw) {
      Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !i.start().isAfter(last.end())) {
        merged.set(merged.size() - 1, new Interval(last.start(), max(last.end(), i.end())));
      } else {
        merged.add(i);
      }
    }
    return merged;
  }

  private static String format(Instant instant, ZoneId zone) {
    return zone.equals(ZoneOffset.UTC)
        ? EventView.rfc3339(instant)
        : EventTime.OFFSET.format(instant.atZone(zone).toOffsetDateTime());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
