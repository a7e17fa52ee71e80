package dk.renos.fake.google.admin;

import dk.renos.fake.google.calendar.FakeCalendar;
import dk.renos.fake.google.calendar.FakeCalendars;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.Json;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /_fake/calendars/...: create calendars and act as a person in Google Calendar (create, edit,
 * move, delete events), see every event raw (cancelled too), expire sync tokens and read which
 * sendUpdates values writes carried. Errors keep the Calendar API's status (404, 409, 410, ...).
 */
final class CalendarAdmin {
  private final FakeCalendars calendars;

  CalendarAdmin(FakeCalendars calendars) {
    this.calendars = calendars;
  }

  /** path: the segments after "calendars". */
  ApiResponse handle(ApiRequest request, List<String> path) {
    String method = request.method();
    JsonNode body = request.body().length == 0 ? Json.object() : Json.parse(request.body());
    if (path.isEmpty()) {
      return switch (method) {
        case "POST" -> {
          String zone = Json.text(body, "timeZone");
          FakeCalendar calendar =
              calendars.create(
                  AdminApi.required(body, "id"),
                  Json.text(body, "summary"),
                  ZoneId.of(zone == null ? "UTC" : zone));
          yield ApiResponse.ok(describe(calendar));
        }
        case "GET" -> {
          ObjectNode out = Json.object();
          var items = out.putArray("items");
          calendars.all().forEach(c -> items.add(describe(c)));
          yield ApiResponse.ok(out);
        }
        default -> notFound(request);
      };
    }
    FakeCalendar calendar = calendars.get(path.get(0));
    if (calendar == null) {
      return ApiResponse.json(
          404, Json.object().put("error", "No calendar " + path.get(0) + "; create it first"));
    }
    String rest = method + " " + String.join("/", path.subList(1, path.size()));
    if (path.size() >= 3 && path.get(1).equals("events")) {
      String eventId = path.get(2);
      String action = path.size() > 3 ? path.get(3) : "";
      return switch (method + " " + action) {
        case "GET " -> {
          ObjectNode event = calendar.event(eventId);
          yield event == null
              ? ApiResponse.json(404, Json.object().put("error", "No event " + eventId))
              : ApiResponse.ok(event);
        }
        case "PATCH " -> ApiResponse.ok(calendar.editEvent(eventId, body));
        case "POST move" ->
            ApiResponse.ok(
                calendar.moveEvent(
                    eventId,
                    OffsetDateTime.parse(AdminApi.required(body, "start")),
                    OffsetDateTime.parse(AdminApi.required(body, "end"))));
        case "DELETE " -> {
          calendar.deleteEvent(eventId);
          yield ApiResponse.noContent();
        }
        default -> notFound(request);
      };
    }
    return switch (rest) {
      case "GET " -> ApiResponse.ok(describe(calendar));
      case "GET events" -> {
        ObjectNode out = Json.object();
        var items = out.putArray("items");
        calendar.allEvents().forEach(items::add);
        yield ApiResponse.ok(out);
      }
      case "POST events" -> ApiResponse.ok(calendar.createEvent(body));
      case "POST expire-sync-tokens" -> {
        calendar.expireSyncTokens();
        yield ApiResponse.ok(Json.object());
      }
      case "GET send-updates" -> {
        ObjectNode out = Json.object();
        var items = out.putArray("items");
        calendar
            .sentUpdates()
            .forEach(
                s ->
                    items
                        .addObject()
                        .put("method", s.method())
                        .put("eventId", s.eventId())
                        .put("sendUpdates", s.sendUpdates()));
        yield ApiResponse.ok(out);
      }
      default -> notFound(request);
    };
  }

  private static ObjectNode describe(FakeCalendar calendar) {
    return Json.object()
        .put("id", calendar.id())
        .put("summary", calendar.summary())
        .put("timeZone", calendar.timeZone().getId())
        .put("events", calendar.allEvents().size());
  }

  private static ApiResponse notFound(ApiRequest request) {
    return ApiResponse.json(
        404,
        Json.object().put("error", "No admin endpoint " + request.method() + " " + request.path()));
  }
}
