package dk.renos.booking.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.booking.BookingIntegrationTest;
import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.booking.schedule.BookingStatus;
import dk.renos.events.CloudEventHeaders;
import dk.renos.events.Topics;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.MutableClock;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/bookings} over real HTTP: staff book an exact start (201 + Location +
 * BookingConfirmed), every broken rule is a 400 naming its field, a taken slot is a 409 with the
 * next free slots, and of 200 simultaneous requests for one slot exactly one wins. Clock: Monday
 * 2026-03-23 08:00 Copenhagen.
 */
@BookingIntegrationTest
class StaffBookingIT {

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());

  /** Tuesday 2026-03-24 08:00 Copenhagen (CET). */
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
  void
      staffBookAnExactStartAnd201CarriesTheLocationOfTheNewBookingAndBookingConfirmedIsPublished() {
    UUID quote = UUID.randomUUID();
    UUID customer = UUID.randomUUID();
    Instant start = TUESDAY_8.plus(150, ChronoUnit.MINUTES); // 10:30 Copenhagen, off the grid

    HttpResponse<String> created =
        staff().postJson("/api/bookings", body(quote, customer, start, 120, "team-1"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode booking = json.readTree(created.body());
    String id = booking.at("/id").asString();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/bookings/" + id);
    assertThat(booking.at("/status").asString()).isEqualTo("CONFIRMED");
    assertThat(booking.at("/teamId").asString()).isEqualTo("team-1");
    assertThat(booking.at("/startsAt").asString()).isEqualTo("2026-03-24T09:30:00Z");
    assertThat(booking.at("/endsAt").asString()).isEqualTo("2026-03-24T11:30:00Z");
    assertThat(booking.at("/visitMinutes").asInt()).isEqualTo(120);
    assertThat(staff().getJson("/api/bookings/" + id).at("/quoteId").asString())
        .isEqualTo(quote.toString());

    ConsumerRecord<String, byte[]> event =
        kafka.awaitRecord(Topics.BOOKING, r -> id.equals(r.key()));
    assertThat(KafkaTopics.headers(event))
        .containsEntry(CloudEventHeaders.TYPE, "dk.renos.booking.BookingConfirmed.v1");
    JsonNode payload = json.readTree(KafkaTopics.text(event));
    assertThat(payload.at("/startsAt").asString()).isEqualTo("2026-03-24T09:30:00Z");
    assertThat(payload.at("/customerId").asString()).isEqualTo(customer.toString());
  }

  @Test
  void withoutATeamTheFirstTeamFreeThenIsBooked() {
    HttpResponse<String> created =
        staff()
            .postJson(
                "/api/bookings", body(UUID.randomUUID(), UUID.randomUUID(), TUESDAY_8, 60, null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json.readTree(created.body()).at("/teamId").asString()).isEqualTo("team-1");
  }

  @Test
  void missingAndOutOfRangeFieldsAre400WithOneEntryPerField() {
    JsonNode problem =
        ServiceHttp.assertProblem(
            staff()
                .postJson(
                    "/api/bookings", "{\"minutes\":10,\"teamId\":\"" + "x".repeat(41) + "\"}"),
            400);
    assertThat(fields(problem))
        .containsExactly("customerId", "minutes", "quoteId", "start", "teamId");
  }

  @Test
  void eachBrokenBookingRuleIs400NamingTheField() {
    // Sunday 2026-03-29 10:00 Copenhagen
    assertRefused(
        body(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-03-29T08:00:00Z"), 60, null),
        "start",
        "closed");
    // in the past: Monday 07:00 Copenhagen, an hour before the clock
    assertRefused(
        body(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-03-23T06:00:00Z"), 60, null),
        "start",
        "future");
    // Tuesday 16:00 Copenhagen + 2 h ends after 17:00
    assertRefused(
        body(
            UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-03-24T15:00:00Z"), 120, null),
        "start",
        "17:00");
    // Good Friday 2026-04-03 is a Danish public holiday
    assertRefused(
        body(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-04-03T07:00:00Z"), 60, null),
        "start",
        "holiday");
    assertRefused(
        body(UUID.randomUUID(), UUID.randomUUID(), TUESDAY_8, 60, "team-9"), "teamId", "team");
    assertThat(bookings.count()).isZero();
  }

  @Test
  void aTakenSlotIs409WithTheNextFreeSlotsOfThatLengthFromThatDay() {
    bookings.save(confirmed(TUESDAY_8, 180)); // team-1 busy 08:00–11:00 Copenhagen

    HttpResponse<String> response =
        staff()
            .postJson(
                "/api/bookings",
                body(UUID.randomUUID(), UUID.randomUUID(), TUESDAY_8.plusSeconds(3600), 120, null));

    JsonNode problem = ServiceHttp.assertProblem(response, 409);
    assertThat(problem.at("/title").asString()).isEqualTo("Slot taken");
    List<String> starts =
        problem.get("nextSlots").valueStream().map(s -> s.get("start").asString()).toList();
    // 11:00 + 60 min travel: 12:00 Copenhagen is the first free start on Tuesday
    assertThat(starts).hasSize(5).first().isEqualTo("2026-03-24T11:00:00Z");
    assertThat(problem.at("/nextSlots/0/end").asString()).isEqualTo("2026-03-24T13:00:00Z");
    assertThat(bookings.count()).isEqualTo(1);
  }

  @Test
  void aQuoteWithABookingIs409QuoteAlreadyBooked() {
    Booking existing = bookings.save(confirmed(TUESDAY_8, 60));
    HttpResponse<String> response =
        staff()
            .postJson(
                "/api/bookings",
                body(
                    existing.getQuoteId(),
                    existing.getCustomerId(),
                    Instant.parse("2026-03-25T07:00:00Z"),
                    60,
                    null));
    assertThat(ServiceHttp.assertProblem(response, 409).at("/title").asString())
        .isEqualTo("Quote already booked");
  }

  @Test
  void ofTwoHundredSimultaneousRequestsForOneSlotExactlyOneIsBookedAndTheOthersGet409WithNextSlots()
      throws Exception {
    int requests = 200;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < requests; i++) {
        String request = body(UUID.randomUUID(), UUID.randomUUID(), TUESDAY_8, 120, "team-1");
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return staff().postJson("/api/bookings", request);
                }));
      }
      go.countDown();
    }
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : answers) {
      responses.add(answer.get());
    }
    Map<Integer, Long> byStatus =
        responses.stream()
            .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 199L));
    for (HttpResponse<String> response : responses) {
      if (response.statusCode() == 409) {
        JsonNode problem = ServiceHttp.assertProblem(response, 409);
        assertThat(problem.at("/title").asString()).isEqualTo("Slot taken");
        assertThat(problem.get("nextSlots").size()).isPositive();
        assertThat(problem.at("/nextSlots/0/start").asString()).isNotEqualTo(TUESDAY_8.toString());
      }
    }
    assertThat(bookings.findAll())
        .singleElement()
        .satisfies(
            booking -> {
              assertThat(booking.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
              assertThat(booking.getStartsAt()).isEqualTo(TUESDAY_8);
            });
  }

  private void assertRefused(String request, String field, String messagePart) {
    JsonNode problem = ServiceHttp.assertProblem(staff().postJson("/api/bookings", request), 400);
    assertThat(fields(problem)).as(request).containsExactly(field);
    assertThat(problem.at("/errors/0/message").asString()).as(request).contains(messagePart);
  }

  private static List<String> fields(JsonNode problem) {
    return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
  }

  private String body(UUID quote, UUID customer, Instant start, int minutes, String teamId) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("quoteId", quote.toString());
    request.put("customerId", customer.toString());
    request.put("start", start.toString());
    request.put("minutes", minutes);
    request.put("teamId", teamId);
    return json.writeValueAsString(request);
  }

  private static Booking confirmed(Instant start, int minutes) {
    return Booking.confirmed(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "team-1",
        start,
        start.plus(minutes, ChronoUnit.MINUTES),
        BookingIntegrationTest.MONDAY);
  }

  private ServiceHttp staff() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
