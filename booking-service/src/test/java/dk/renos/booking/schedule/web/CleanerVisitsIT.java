package dk.renos.booking.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.booking.BookingIntegrationTest;
import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.booking.schedule.BookingStatus;
import dk.renos.testsupport.MutableClock;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cleaners see their own team's coming visits with address and access notes (no prices, no customer
 * record) and may mark their own team's visit done, nothing else. The team comes from the token's
 * {@code team} claim. Clock: Monday 2026-03-23 08:00 Copenhagen.
 */
@BookingIntegrationTest
class CleanerVisitsIT {

  /** Tuesday 2026-03-24 08:00 Copenhagen. */
  private static final Instant TUESDAY_8 = Instant.parse("2026-03-24T07:00:00Z");

  @LocalServerPort int port;

  @Autowired BookingRepository bookings;

  @Autowired MutableClock clock;

  @Autowired JsonMapper json;

  @BeforeEach
  void emptyCalendarOnMonday() {
    bookings.deleteAll();
    clock.set(BookingIntegrationTest.MONDAY);
  }

  @Test
  void aCleanerSeesTheOwnTeamsVisitsOfTheComingDaysWithAccessNotesAndNothingElse() {
    Booking tuesday = visit("team-1", TUESDAY_8);
    tuesday.describeVisit("Solsikkevej 12, 8000 Aarhus C", "Nøgle i nøgleboks, kode 4711");
    bookings.save(tuesday);
    Booking mondayEarlier = bookings.save(visit("team-1", Instant.parse("2026-03-23T06:00:00Z")));
    bookings.save(visit("team-2", TUESDAY_8)); // another team
    bookings.save(visit("team-1", Instant.parse("2026-03-30T07:00:00Z"))); // in 7 days: outside
    Booking cancelled = visit("team-1", Instant.parse("2026-03-25T07:00:00Z"));
    bookings.save(cancelled);
    ServiceHttp.on(port).as(Role.STAFF).post("/api/bookings/" + cancelled.getId() + "/cancel");

    JsonNode mine = cleaner("team-1").getJson("/api/bookings/mine?days=7");

    assertThat(mine.at("/teamId").asString()).isEqualTo("team-1");
    assertThat(mine.at("/from").asString()).isEqualTo("2026-03-23");
    assertThat(mine.at("/zone").asString()).isEqualTo("Europe/Copenhagen");
    assertThat(ids(mine))
        .containsExactly(mondayEarlier.getId().toString(), tuesday.getId().toString());
    JsonNode visit = mine.at("/visits/1");
    assertThat(visit.at("/address").asString()).isEqualTo("Solsikkevej 12, 8000 Aarhus C");
    assertThat(visit.at("/accessNotes").asString()).isEqualTo("Nøgle i nøgleboks, kode 4711");
    assertThat(visit.at("/localText").asString())
        .isEqualTo("tirsdag 24. marts 2026 kl. 08:00–10:00");
    List<String> fields = new ArrayList<>();
    visit.propertyNames().forEach(fields::add);
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "id",
            "status",
            "startsAt",
            "endsAt",
            "localText",
            "address",
            "accessNotes",
            "actualStart",
            "actualEnd");
  }

  @Test
  void eachCleanerSeesOnlyTheTeamTheTokenNames() {
    Booking teamTwo = bookings.save(visit("team-2", TUESDAY_8));
    bookings.save(visit("team-1", TUESDAY_8));
    assertThat(ids(cleaner("team-2").getJson("/api/bookings/mine")))
        .containsExactly(teamTwo.getId().toString());
  }

  @Test
  void daysIsOneToFourteenAndATokenWithoutATeamHasNoVisits() {
    for (String days : List.of("0", "15", "abc")) {
      JsonNode problem =
          ServiceHttp.assertProblem(cleaner("team-1").get("/api/bookings/mine?days=" + days), 400);
      assertThat(problem.at("/errors/0/field").asString()).as(days).isEqualTo("days");
    }
    ServiceHttp.assertProblem(
        ServiceHttp.on(port).as("ole", Role.CLEANER, null).get("/api/bookings/mine"), 403);
  }

  @Test
  void aCleanerCompletesTheOwnTeamsVisitButNotAnotherTeams() {
    Booking own = bookings.save(visit("team-1", TUESDAY_8));
    Booking other = bookings.save(visit("team-2", TUESDAY_8));
    clock.set(Instant.parse("2026-03-24T09:30:00Z"));

    JsonNode refused =
        ServiceHttp.assertProblem(
            cleaner("team-1").post("/api/bookings/" + other.getId() + "/complete"), 403);
    assertThat(refused.at("/title").asString()).isEqualTo("Not your team");
    assertThat(bookings.findById(other.getId()).orElseThrow().getStatus())
        .isEqualTo(BookingStatus.CONFIRMED);
    ServiceHttp.assertProblem(
        ServiceHttp.on(port)
            .as("ole", Role.CLEANER, null)
            .post("/api/bookings/" + own.getId() + "/complete"),
        403);

    HttpResponse<String> done =
        cleaner("team-1").post("/api/bookings/" + own.getId() + "/complete");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    Booking completed = bookings.findById(own.getId()).orElseThrow();
    assertThat(completed.getStatus()).isEqualTo(BookingStatus.COMPLETED);
    assertThat(completed.getCompletedBy()).isEqualTo("mette");
    assertThat(completed.getActualEnd()).isEqualTo(TUESDAY_8.plus(2, ChronoUnit.HOURS));
  }

  @Test
  void aCleanerMayNotListMoveOrCancelBookings() {
    Booking own = bookings.save(visit("team-1", TUESDAY_8));
    ServiceHttp cleaner = cleaner("team-1");
    ServiceHttp.assertProblem(cleaner.get("/api/bookings"), 403);
    ServiceHttp.assertProblem(cleaner.get("/api/bookings/" + own.getId()), 403);
    ServiceHttp.assertProblem(cleaner.post("/api/bookings/" + own.getId() + "/cancel"), 403);
    ServiceHttp.assertProblem(
        cleaner.postJson(
            "/api/bookings/" + own.getId() + "/reschedule", "{\"start\":\"2026-03-26T07:00:00Z\"}"),
        403);
    ServiceHttp.assertProblem(
        cleaner.putJson(
            "/api/bookings/" + own.getId() + "/visit-details", "{\"address\":\"Andetsteds 1\"}"),
        403);
    ServiceHttp.assertProblem(ServiceHttp.on(port).as(Role.STAFF).get("/api/bookings/mine"), 403);
  }

  @Test
  void staffSetTheAddressAndAccessNotesTheTeamSees() {
    Booking booking = bookings.save(visit("team-1", TUESDAY_8));
    HttpResponse<String> response =
        ServiceHttp.on(port)
            .as(Role.STAFF)
            .putJson(
                "/api/bookings/" + booking.getId() + "/visit-details",
                "{\"address\":\"Havnegade 3, 5000 Odense C\",\"accessNotes\":\"Ring på 2. sal\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode updated = json.readTree(response.body());
    assertThat(updated.at("/address").asString()).isEqualTo("Havnegade 3, 5000 Odense C");
    assertThat(
            cleaner("team-1").getJson("/api/bookings/mine").at("/visits/0/accessNotes").asString())
        .isEqualTo("Ring på 2. sal");
    JsonNode tooLong =
        ServiceHttp.assertProblem(
            ServiceHttp.on(port)
                .as(Role.STAFF)
                .putJson(
                    "/api/bookings/" + booking.getId() + "/visit-details",
                    "{\"address\":\"" + "x".repeat(301) + "\"}"),
            400);
    assertThat(tooLong.at("/errors/0/field").asString()).isEqualTo("address");
  }

  private static List<String> ids(JsonNode mine) {
    return mine.get("visits").valueStream().map(v -> v.get("id").asString()).toList();
  }

  private ServiceHttp cleaner(String team) {
    return ServiceHttp.on(port).as("mette", Role.CLEANER, team);
  }

  private static Booking visit(String team, Instant start) {
    return Booking.confirmed(
        UUID.randomUUID(),
        UUID.randomUUID(),
        team,
        start,
        start.plus(2, ChronoUnit.HOURS),
        BookingIntegrationTest.MONDAY);
  }
}
