package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.HttpIo;
import dk.renos.fake.google.http.Json;
import dk.renos.fake.google.oauth.FakeOAuth;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Google Calendar API v3 under /calendar/v3/: calendars.get, calendarList.list/get, events
 * insert/get/list/patch/update/delete and freeBusy.query, after checking the bearer token (the same
 * tokens Gmail takes) and the method's scopes.
 */
public final class CalendarApi {
  public static final String PREFIX = "/calendar/v3/";
  private static final Set<String> SEND_UPDATES = Set.of("all", "externalOnly", "none");

  private final FakeCalendars calendars;
  private final FakeOAuth oauth;
  private final EventList list;
  private final AtomicInteger requests = new AtomicInteger();

  public CalendarApi(FakeCalendars calendars, FakeOAuth oauth, Clock clock) {
    this.calendars = calendars;
    this.oauth = oauth;
    this.list = new EventList(clock);
  }

  /** Calendar API requests served (faulted ones not counted). */
  public int requestCount() {
    return requests.get();
  }

  public ApiResponse handle(ApiRequest request) {
    requests.incrementAndGet();
    try {
      return route(request);
    } catch (ApiException e) {
      return e.toResponse();
    } catch (RuntimeException e) {
      e.printStackTrace();
      return new ApiException(500, "backendError", "fake-google: " + e).toResponse();
    }
  }

  private ApiResponse route(ApiRequest request) {
    List<String> path = new ArrayList<>();
    for (String s : request.path().substring(PREFIX.length()).split("/")) {
      if (!s.isEmpty()) {
        path.add(HttpIo.decodePath(s));
      }
    }
    FakeOAuth.AccessGrant grant = oauth.authenticate(request.header("Authorization"));
    if (grant == null) {
      throw ApiException.unauthenticated();
    }
    String method = request.method();
    if (path.size() == 1 && path.get(0).equals("freeBusy") && method.equals("POST")) {
      CalendarScopes.FREE_BUSY.require(grant);
      return ApiResponse.ok(
          FreeBusy.query(Json.parse(request.body()), id -> resolveOrNull(id, grant)));
    }
    if (path.size() >= 3
        && path.get(0).equals("users")
        && path.get(1).equals("me")
        && path.get(2).equals("calendarList")
        && method.equals("GET")) {
      CalendarScopes.CALENDAR_LIST_READ.require(grant);
      return calendarList(grant, path.size() > 3 ? path.get(3) : null);
    }
    if (path.size() < 2 || !path.get(0).equals("calendars")) {
      throw CalendarErrors.notFound();
    }
    FakeCalendar calendar = resolve(path.get(1), grant);
    if (path.size() == 2 && method.equals("GET")) {
      CalendarScopes.CALENDARS_READ.require(grant);
      return ApiResponse.ok(calendarResource(calendar));
    }
    if (path.size() < 3 || !path.get(2).equals("events")) {
      throw CalendarErrors.notFound();
    }
    String eventId = path.size() > 3 ? path.get(3) : null;
    if (path.size() > 4) {
      throw CalendarErrors.notFound();
    }
    return events(request, grant, calendar, eventId);
  }

  private ApiResponse events(
      ApiRequest request, FakeOAuth.AccessGrant grant, FakeCalendar calendar, String eventId) {
    String method = request.method();
    ZoneId responseZone =
        request.param("timeZone") == null
            ? calendar.timeZone()
            : EventTime.zone(request.param("timeZone"), "timeZone");
    if (eventId == null) {
      return switch (method) {
        case "GET" -> {
          CalendarScopes.EVENTS_READ.require(grant);
          yield ApiResponse.ok(list.list(calendar, request));
        }
        case "POST" -> {
          CalendarScopes.EVENTS_WRITE.require(grant);
          String sendUpdates = sendUpdates(request);
          JsonNode body = Json.parse(request.body());
          StoredEvent event = calendar.insert(Json.text(body, "id"), body, grant.user());
          calendar.recordSendUpdates("insert", event.id, sendUpdates);
          yield ApiResponse.ok(EventView.render(calendar, event, responseZone));
        }
        default -> throw CalendarErrors.notFound();
      };
    }
    String ifMatch = request.header("If-Match");
    return switch (method) {
      case "GET" -> {
        CalendarScopes.EVENTS_READ.require(grant);
        yield ApiResponse.ok(get(calendar, eventId, responseZone));
      }
      case "PATCH", "PUT" -> {
        CalendarScopes.EVENTS_WRITE.require(grant);
        refuseInstance(calendar, eventId);
        String sendUpdates = sendUpdates(request);
        JsonNode body = Json.parse(request.body());
        StoredEvent event =
            method.equals("PATCH")
                ? calendar.patch(eventId, body, ifMatch)
                : calendar.update(eventId, body, ifMatch);
        calendar.recordSendUpdates(
            method.equals("PATCH") ? "patch" : "update", eventId, sendUpdates);
        yield ApiResponse.ok(EventView.render(calendar, event, responseZone));
      }
      case "DELETE" -> {
        CalendarScopes.EVENTS_WRITE.require(grant);
        refuseInstance(calendar, eventId);
        String sendUpdates = sendUpdates(request);
        calendar.delete(eventId, ifMatch);
        calendar.recordSendUpdates("delete", eventId, sendUpdates);
        yield ApiResponse.noContent();
      }
      default -> throw CalendarErrors.notFound();
    };
  }

  /** An event by id, or an instance of a recurring event by its instance id. */
  private static ObjectNode get(FakeCalendar calendar, String eventId, ZoneId responseZone) {
    StoredEvent event = calendar.find(eventId);
    if (event != null) {
      return EventView.render(calendar, event, responseZone);
    }
    StoredEvent.Occurrence instance = instance(calendar, eventId);
    if (instance == null) {
      throw CalendarErrors.notFound();
    }
    return EventView.render(calendar, instance, responseZone);
  }

  private static StoredEvent.Occurrence instance(FakeCalendar calendar, String eventId) {
    String masterId = EventIds.masterOf(eventId);
    StoredEvent master = masterId == null ? null : calendar.find(masterId);
    if (master == null || !master.recurring()) {
      return null;
    }
    String suffix = eventId.substring(masterId.length() + 1);
    java.time.Instant before =
        EventIds.parseInstanceStart(suffix, calendar.timeZone()).plusSeconds(1);
    return master.occurrences(before, calendar.timeZone()).stream()
        .filter(o -> o.id().equals(eventId))
        .findFirst()
        .orElse(null);
  }

  /** Changing one instance of a series (an exception) is not modelled; say so rather than guess. */
  private static void refuseInstance(FakeCalendar calendar, String eventId) {
    if (calendar.find(eventId) == null && instance(calendar, eventId) != null) {
      throw new ApiException(
          501,
          "notImplemented",
          "fake-google: changing a single instance of a recurring event is not supported");
    }
  }

  private static String sendUpdates(ApiRequest request) {
    String value = request.param("sendUpdates");
    if (value != null && !SEND_UPDATES.contains(value)) {
      throw CalendarErrors.invalidParameter("sendUpdates", "Invalid value for: sendUpdates");
    }
    return value;
  }

  private FakeCalendar resolve(String calendarId, FakeOAuth.AccessGrant grant) {
    FakeCalendar calendar = resolveOrNull(calendarId, grant);
    if (calendar == null) {
      throw CalendarErrors.notFound();
    }
    return calendar;
  }

  private FakeCalendar resolveOrNull(String calendarId, FakeOAuth.AccessGrant grant) {
    if (calendarId.equals("primary") || calendarId.equalsIgnoreCase(grant.user())) {
      FakeCalendar existing = calendars.get(grant.user());
      return existing != null ? existing : calendars.primary(grant.user());
    }
    return calendars.get(calendarId);
  }

  private ApiResponse calendarList(FakeOAuth.AccessGrant grant, String calendarId) {
    if (calendarId != null) {
      return ApiResponse.ok(calendarListEntry(resolve(calendarId, grant), grant));
    }
    resolve("primary", grant);
    ObjectNode out = Json.object();
    out.put("kind", "calendar#calendarList");
    out.put("etag", "\"" + calendars.all().size() + "\"");
    var items = out.putArray("items");
    calendars.all().forEach(c -> items.add(calendarListEntry(c, grant)));
    return ApiResponse.ok(out);
  }

  private static ObjectNode calendarListEntry(FakeCalendar calendar, FakeOAuth.AccessGrant grant) {
    ObjectNode out = calendarResource(calendar);
    out.put("kind", "calendar#calendarListEntry");
    out.put("accessRole", "owner");
    if (calendar.id().equalsIgnoreCase(grant.user())) {
      out.put("primary", true);
    }
    out.putArray("defaultReminders");
    return out;
  }

  private static ObjectNode calendarResource(FakeCalendar calendar) {
    ObjectNode out = Json.object();
    out.put("kind", "calendar#calendar");
    out.put("etag", "\"" + Math.abs(calendar.id().hashCode()) + "\"");
    out.put("id", calendar.id());
    out.put("summary", calendar.summary());
    out.put("timeZone", calendar.timeZone().getId());
    out.putObject("conferenceProperties")
        .putArray("allowedConferenceSolutionTypes")
        .add("hangoutsMeet");
    return out;
  }
}
