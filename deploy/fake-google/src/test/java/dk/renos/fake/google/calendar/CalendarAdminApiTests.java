package dk.renos.fake.google.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import dk.renos.fake.google.FakeGoogleServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP admin API, as a benchmark or a stack test drives a fake running as its own process. */
class CalendarAdminApiTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CAL = "team-a@group.calendar.google.com";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPersonCreatesMovesAndDeletesEventsThroughTheAdminApiAndTheClientSeesEachChange()
      throws Exception {
    try (FakeGoogleServer server =
        FakeGoogleServer.launch(
            new String[] {"--port", "0"}, new PrintStream(new ByteArrayOutputStream()))) {
      String admin = server.rootUrl() + "_fake/calendars";
      JsonNode created =
          send("POST", admin, "{\"id\":\"" + CAL + "\",\"timeZone\":\"Europe/Copenhagen\"}", 200);
      assertThat(created.get("timeZone").asString()).isEqualTo("Europe/Copenhagen");

      Calendar calendar = CalendarClients.calendarFor(server);
      calendar
          .events()
          .insert(
              CAL,
              CalendarClients.event(
                      "Rengøring", "2026-06-10T08:00:00+02:00", "2026-06-10T10:00:00+02:00")
                  .setId("renos00001"))
          .setSendUpdates("none")
          .execute();
      var first = calendar.events().list(CAL).execute();

      JsonNode staff =
          send(
              "POST",
              admin + "/" + CAL + "/events",
              "{\"summary\":\"Møde\",\"start\":{\"dateTime\":\"2026-06-10T12:00:00\","
                  + "\"timeZone\":\"Europe/Copenhagen\"},\"end\":{\"dateTime\":"
                  + "\"2026-06-10T13:00:00\",\"timeZone\":\"Europe/Copenhagen\"}}",
              200);
      assertThat(staff.get("id").asString()).matches("[a-v0-9]{26}");
      JsonNode moved =
          send(
              "POST",
              admin + "/" + CAL + "/events/renos00001/move",
              "{\"start\":\"2026-06-11T09:00:00+02:00\",\"end\":\"2026-06-11T11:00:00+02:00\"}",
              200);
      assertThat(moved.get("start").get("dateTime").asString())
          .isEqualTo("2026-06-11T09:00:00+02:00");
      send("PATCH", admin + "/" + CAL + "/events/renos00001", "{\"location\":\"Ny adresse\"}", 200);
      send("DELETE", admin + "/" + CAL + "/events/" + staff.get("id").asString(), "", 204);
      send("DELETE", admin + "/" + CAL + "/events/" + staff.get("id").asString(), "", 410);
      send("DELETE", admin + "/" + CAL + "/events/nothing00", "", 404);

      var changes = calendar.events().list(CAL).setSyncToken(first.getNextSyncToken()).execute();
      assertThat(changes.getItems())
          .extracting(Event::getId, Event::getStatus)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("renos00001", "confirmed"),
              org.assertj.core.groups.Tuple.tuple(staff.get("id").asString(), "cancelled"));
      assertThat(changes.getItems().stream().filter(e -> e.getId().equals("renos00001")))
          .singleElement()
          .satisfies(e -> assertThat(e.getLocation()).isEqualTo("Ny adresse"));

      JsonNode raw = send("GET", admin + "/" + CAL + "/events", null, 200);
      assertThat(raw.get("items")).hasSize(2);
      JsonNode updates = send("GET", admin + "/" + CAL + "/send-updates", null, 200);
      assertThat(updates.get("items").get(0).get("sendUpdates").asString()).isEqualTo("none");

      send("POST", admin + "/" + CAL + "/expire-sync-tokens", "{}", 200);
      assertThatThrownBy(
              () -> calendar.events().list(CAL).setSyncToken(changes.getNextSyncToken()).execute())
          .isInstanceOfSatisfying(
              GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(410));

      send(
          "POST",
          server.rootUrl() + "_fake/faults",
          "{\"api\":\"calendar\",\"count\":1,\"status\":403,\"reason\":\"rateLimitExceeded\"}",
          200);
      assertThatThrownBy(() -> calendar.events().list(CAL).execute())
          .isInstanceOfSatisfying(
              GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));
      JsonNode stats = send("GET", server.rootUrl() + "_fake/stats", null, 200);
      assertThat(stats.get("calendarFaultsServed").asInt()).isEqualTo(1);
      assertThat(stats.get("faultsServed").asInt()).as("Gmail's queue untouched").isZero();
    }
  }

  @Test
  void anAdminCallForAnUnknownCalendarIs404() throws Exception {
    try (FakeGoogleServer server = FakeGoogleServer.start()) {
      send("GET", server.rootUrl() + "_fake/calendars/nope@example.com/events", null, 404);
    }
  }

  private JsonNode send(String method, String url, String body, int expectedStatus)
      throws Exception {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).method(method, publisher).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + url + ": " + response.body())
        .isEqualTo(expectedStatus);
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }
}
