package dk.renos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.testsupport.MutableClock;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@BookingIntegrationTest
class BookingServiceIT {

  @LocalServerPort int port;

  @Autowired JdbcTemplate jdbc;

  @Autowired BookingRepository bookings;

  @Autowired MutableClock clock;

  @Autowired JsonMapper json;

  @BeforeEach
  void clean() {
    bookings.deleteAll();
    clock.set(BookingIntegrationTest.MONDAY);
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(
            jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'booking' order by table_name",
                String.class))
        .contains("booking", "flyway_schema_history", "event_publication", "processed_message");
  }

  @Test
  void bookingsArePagedLatestStartFirst() throws Exception {
    Instant day = Instant.parse("2026-12-01T08:00:00Z");
    Booking first = bookings.save(confirmed(day, 3));
    Booking third = bookings.save(confirmed(day.plus(2, ChronoUnit.DAYS), 2));
    Booking second =
        bookings.save(
            Booking.tentative(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "team-1",
                day.plus(1, ChronoUnit.DAYS),
                day.plus(1, ChronoUnit.DAYS).plus(4, ChronoUnit.HOURS),
                Instant.now()));

    JsonNode page0 = http().getJson("/api/bookings?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(ServiceHttp.ids(page0))
        .containsExactly(third.getId().toString(), second.getId().toString());
    assertThat(page0.at("/content/1/status").asString()).isEqualTo("TENTATIVE");
    assertThat(page0.at("/content/0/startsAt").asString()).isEqualTo("2026-12-03T08:00:00Z");
    assertThat(ServiceHttp.ids(http().getJson("/api/bookings?page=1&size=2")))
        .containsExactly(first.getId().toString());
  }

  @Test
  void oneBookingById() {
    Booking booking = bookings.save(confirmed(Instant.parse("2026-12-01T08:00:00Z"), 3));
    Booking unscheduled =
        bookings.save(
            Booking.unscheduled(UUID.randomUUID(), UUID.randomUUID(), 120, Instant.now()));

    JsonNode body = http().getJson("/api/bookings/" + booking.getId());
    assertThat(body.at("/id").asString()).isEqualTo(booking.getId().toString());
    assertThat(body.at("/quoteId").asString()).isEqualTo(booking.getQuoteId().toString());
    assertThat(body.at("/status").asString()).isEqualTo("CONFIRMED");
    assertThat(body.at("/startsAt").asString()).isEqualTo("2026-12-01T08:00:00Z");
    assertThat(body.at("/endsAt").asString()).isEqualTo("2026-12-01T11:00:00Z");

    JsonNode open = http().getJson("/api/bookings/" + unscheduled.getId());
    assertThat(open.at("/status").asString()).isEqualTo("UNSCHEDULED");
    assertThat(open.get("startsAt").isNull()).isTrue();
  }

  @Test
  void anUnknownBookingIsA404Problem() {
    UUID missing = UUID.randomUUID();
    HttpResponse<String> response = http().get("/api/bookings/" + missing);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.at("/status").asInt()).isEqualTo(404);
    assertThat(problem.at("/detail").asString()).contains(missing.toString());

    HttpResponse<String> notAnId = http().get("/api/bookings/not-a-uuid");
    assertThat(notAnId.statusCode()).isEqualTo(400);
    assertThat(json.readTree(notAnId.body()).at("/errors/0/field").asString()).isEqualTo("id");
  }

  @Test
  void fiveSlotsAreOfferedInCopenhagenTimeAroundTheCalendar() {
    // Tuesday is taken 08:00–12:00 Copenhagen; with travel the first free start that day is 13:00
    bookings.save(confirmed(Instant.parse("2026-03-24T07:00:00Z"), 4));

    JsonNode offer = http().getJson("/api/bookings/slots?minutes=180");
    assertThat(offer.at("/minutes").asInt()).isEqualTo(180);
    assertThat(offer.at("/zone").asString()).isEqualTo("Europe/Copenhagen");
    List<String> starts =
        offer.get("slots").valueStream().map(slot -> slot.get("start").asString()).toList();
    assertThat(starts)
        .containsExactly(
            "2026-03-24T12:00:00Z",
            "2026-03-25T07:00:00Z",
            "2026-03-26T07:00:00Z",
            "2026-03-27T07:00:00Z",
            "2026-03-28T07:00:00Z");
    assertThat(offer.at("/slots/0/end").asString()).isEqualTo("2026-03-24T15:00:00Z");
    assertThat(offer.at("/slots/0/localText").asString())
        .isEqualTo("tirsdag 24. marts 2026 kl. 13:00–16:00");
    assertThat(offer.at("/slots/4/localText").asString())
        .isEqualTo("lørdag 28. marts 2026 kl. 08:00–11:00");
  }

  @Test
  void slotLengthMustBeHalfAnHourToNineHours() {
    assertThat(http().getJson("/api/bookings/slots?minutes=30").get("slots").size()).isEqualTo(5);
    assertThat(http().getJson("/api/bookings/slots?minutes=540").get("slots").size()).isEqualTo(5);
    for (String query : List.of("minutes=29", "minutes=541", "minutes=0", "minutes=abc", "")) {
      HttpResponse<String> response = http().get("/api/bookings/slots?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.at("/status").asInt()).isEqualTo(400);
      assertThat(problem.at("/errors/0/field").asString()).as(query).isEqualTo("minutes");
    }
  }

  private static Booking confirmed(Instant start, int hours) {
    return Booking.confirmed(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "team-1",
        start,
        start.plus(hours, ChronoUnit.HOURS),
        Instant.now());
  }

  @Test
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/bookings");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("booking-service", "db", "kafka");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
