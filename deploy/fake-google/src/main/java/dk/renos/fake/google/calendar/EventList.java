package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * events.list: a full list (time range, singleEvents expansion, orderBy, showDeleted, extended
 * property and text filters) or, with a syncToken, what changed since the token (deleted events as
 * status cancelled). Pages are cut at maxResults; the last page carries nextSyncToken. Tokens are
 * opaque strings that carry the calendar's sync epoch and change number, so expiring a calendar's
 * tokens (a new epoch) makes every older token answer 410 fullSyncRequired.
 */
final class EventList {
  static final int DEFAULT_MAX_RESULTS = 250;
  static final int MAX_MAX_RESULTS = 2500;

  /** How far ahead an unbounded recurring event is expanded when timeMax is not given. */
  static final long OPEN_HORIZON_DAYS = 730;

  /** Parameters that Google refuses beside a syncToken. */
  private static final List<String> NOT_WITH_SYNC_TOKEN =
      List.of(
          "orderBy",
          "privateExtendedProperty",
          "sharedExtendedProperty",
          "q",
          "timeMin",
          "timeMax",
          "updatedMin",
          "iCalUID");

  private record Cursor(long epoch, long sinceSeq, long snapshotSeq, int offset) {}

  private final java.time.Clock clock;

  EventList(java.time.Clock clock) {
    this.clock = clock;
  }

  ObjectNode list(FakeCalendar calendar, ApiRequest request) {
    int maxResults = request.intParam("maxResults", DEFAULT_MAX_RESULTS);
    if (maxResults < 1) {
      throw CalendarErrors.invalidParameter("maxResults", "Invalid value for: maxResults");
    }
    maxResults = Math.min(maxResults, MAX_MAX_RESULTS);
    ZoneId responseZone =
        request.param("timeZone") == null
            ? calendar.timeZone()
            : EventTime.zone(request.param("timeZone"), "timeZone");
    boolean singleEvents = request.flag("singleEvents", false);
    String syncToken = request.param("syncToken");
    String pageToken = request.param("pageToken");

    Cursor cursor;
    if (pageToken != null) {
      cursor = decode(pageToken, "p");
      if (cursor == null) {
        throw CalendarErrors.invalidParameter("pageToken", "Invalid page token value.");
      }
      if (cursor.epoch() != calendar.syncEpoch() && cursor.sinceSeq() >= 0) {
        throw CalendarErrors.fullSyncRequired();
      }
    } else if (syncToken != null) {
      for (String p : NOT_WITH_SYNC_TOKEN) {
        if (request.param(p) != null) {
          throw CalendarErrors.syncTokenWithRestrictions();
        }
      }
      Cursor sync = decode(syncToken, "s");
      if (sync == null || sync.epoch() != calendar.syncEpoch()) {
        throw CalendarErrors.fullSyncRequired();
      }
      cursor = new Cursor(sync.epoch(), sync.snapshotSeq(), calendar.changeSeq(), 0);
    } else {
      cursor = new Cursor(calendar.syncEpoch(), -1, calendar.changeSeq(), 0);
    }

    boolean incremental = cursor.sinceSeq() >= 0;
    List<StoredEvent.Occurrence> items =
        incremental
            ? changes(calendar, cursor.sinceSeq(), cursor.snapshotSeq(), singleEvents)
            : full(calendar, request, singleEvents);

    int from = Math.min(cursor.offset(), items.size());
    int to = Math.min(from + maxResults, items.size());
    ObjectNode out = Json.object();
    out.put("kind", "calendar#events");
    out.put("etag", "\"" + cursor.snapshotSeq() + "\"");
    out.put("summary", calendar.summary());
    out.put("description", "");
    out.put("updated", EventView.rfc3339(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    out.put("timeZone", calendar.timeZone().getId());
    out.put("accessRole", "owner");
    out.putArray("defaultReminders");
    if (to < items.size()) {
      out.put(
          "nextPageToken",
          encode("p", new Cursor(cursor.epoch(), cursor.sinceSeq(), cursor.snapshotSeq(), to)));
    } else {
      out.put(
          "nextSyncToken", encode("s", new Cursor(cursor.epoch(), -1, cursor.snapshotSeq(), 0)));
    }
    ArrayNode array = out.putArray("items");
    for (StoredEvent.Occurrence item : items.subList(from, to)) {
      array.add(EventView.render(calendar, item, responseZone));
    }
    return out;
  }

  /** Everything written after sinceSeq, tombstones included, oldest change first. */
  private List<StoredEvent.Occurrence> changes(
      FakeCalendar calendar, long sinceSeq, long snapshotSeq, boolean singleEvents) {
    Instant horizon = clock.instant().plus(OPEN_HORIZON_DAYS, ChronoUnit.DAYS);
    List<StoredEvent.Occurrence> out = new ArrayList<>();
    calendar.events().stream()
        // up to the snapshot, so pages stay stable; later changes come with the next sync token
        .filter(e -> e.changeSeq > sinceSeq && e.changeSeq <= snapshotSeq)
        .sorted(Comparator.comparingLong(e -> e.changeSeq))
        .forEach(
            e -> {
              if (singleEvents && e.recurring() && !e.cancelled()) {
                out.addAll(e.occurrences(horizon, calendar.timeZone()));
              } else {
                out.add(new StoredEvent.Occurrence(e, null, e.start, e.end));
              }
            });
    return out;
  }

  private List<StoredEvent.Occurrence> full(
      FakeCalendar calendar, ApiRequest request, boolean singleEvents) {
    ZoneId zone = calendar.timeZone();
    Instant timeMin = EventTime.parseBound(request.param("timeMin"), "timeMin");
    Instant timeMax = EventTime.parseBound(request.param("timeMax"), "timeMax");
    if (timeMin != null && timeMax != null && !timeMax.isAfter(timeMin)) {
      throw CalendarErrors.timeRangeEmpty("timeMax");
    }
    Instant updatedMin = EventTime.parseBound(request.param("updatedMin"), "updatedMin");
    String orderBy = request.param("orderBy");
    if (orderBy != null && !orderBy.equals("startTime") && !orderBy.equals("updated")) {
      throw CalendarErrors.invalidParameter("orderBy", "Invalid value for: orderBy");
    }
    if ("startTime".equals(orderBy) && !singleEvents) {
      throw CalendarErrors.orderByNeedsSingleEvents();
    }
    boolean showDeleted = request.flag("showDeleted", false);
    Map<String, String> privateProps = properties(request.params("privateExtendedProperty"));
    Map<String, String> sharedProps = properties(request.params("sharedExtendedProperty"));
    List<String> terms = terms(request.param("q"));
    String iCalUid = request.param("iCalUID");
    Instant horizon =
        timeMax != null ? timeMax : clock.instant().plus(OPEN_HORIZON_DAYS, ChronoUnit.DAYS);

    List<StoredEvent.Occurrence> out = new ArrayList<>();
    for (StoredEvent event : calendar.events()) {
      if (event.cancelled() && !showDeleted) {
        continue;
      }
      if (updatedMin != null && event.updated.isBefore(updatedMin)) {
        continue;
      }
      if (iCalUid != null && !iCalUid.equals(event.id + "@google.com")) {
        continue;
      }
      if (!matches(event.extendedProperties("private"), privateProps)
          || !matches(event.extendedProperties("shared"), sharedProps)
          || !containsAll(event, terms)) {
        continue;
      }
      List<StoredEvent.Occurrence> occurrences =
          event.occurrences(horizon, zone).stream()
              .filter(o -> o.overlaps(timeMin, timeMax, zone))
              .toList();
      if (occurrences.isEmpty()) {
        continue;
      }
      if (singleEvents) {
        out.addAll(occurrences);
      } else {
        out.add(new StoredEvent.Occurrence(event, null, event.start, event.end));
      }
    }
    if ("startTime".equals(orderBy)) {
      out.sort(
          Comparator.comparing((StoredEvent.Occurrence o) -> o.start().instant(zone))
              .thenComparing(StoredEvent.Occurrence::id));
    } else if ("updated".equals(orderBy)) {
      out.sort(
          Comparator.comparing((StoredEvent.Occurrence o) -> o.event().updated)
              .thenComparing(StoredEvent.Occurrence::id));
    }
    return out;
  }

  /** privateExtendedProperty=name=value constraints; every one must hold. */
  private static Map<String, String> properties(List<String> constraints) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String c : constraints) {
      int eq = c.indexOf('=');
      if (eq <= 0) {
        throw CalendarErrors.invalidParameter(
            "privateExtendedProperty", "Invalid extended property constraint " + c);
      }
      out.put(c.substring(0, eq), c.substring(eq + 1));
    }
    return out;
  }

  private static boolean matches(Map<String, String> actual, Map<String, String> wanted) {
    return wanted.entrySet().stream().allMatch(w -> w.getValue().equals(actual.get(w.getKey())));
  }

  private static List<String> terms(String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    return List.of(q.trim().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /** q: every term somewhere in summary, description, location or an attendee's email or name. */
  private static boolean containsAll(StoredEvent event, List<String> terms) {
    if (terms.isEmpty()) {
      return true;
    }
    StringBuilder text = new StringBuilder();
    for (String field : List.of("summary", "description", "location")) {
      if (event.text(field) != null) {
        text.append(event.text(field)).append('\n');
      }
    }
    event
        .body
        .path("attendees")
        .forEach(
            a ->
                text.append(a.path("email").asString(""))
                    .append(' ')
                    .append(a.path("displayName").asString(""))
                    .append('\n'));
    String haystack = text.toString().toLowerCase(Locale.ROOT);
    return terms.stream().allMatch(haystack::contains);
  }

  private static String encode(String kind, Cursor c) {
    String raw =
        kind + ":" + c.epoch() + ":" + c.sinceSeq() + ":" + c.snapshotSeq() + ":" + c.offset();
    return "C"
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor in a token of the given kind, or null when it is not one. */
  private static Cursor decode(String token, String kind) {
    try {
      if (!token.startsWith("C")) {
        return null;
      }
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token.substring(1)), StandardCharsets.UTF_8)
              .split(":");
      if (parts.length != 5 || !parts[0].equals(kind)) {
        return null;
      }
      return new Cursor(
          Long.parseLong(parts[1]),
          Long.parseLong(parts[2]),
          Long.parseLong(parts[3]),
          Integer.parseInt(parts[4]));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
