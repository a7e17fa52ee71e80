package dk.renos.booking.schedule.web;

import static dk.renos.testsupport.KafkaTopics.header;
import static dk.renos.testsupport.KafkaTopics.text;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.booking.BookingIntegrationTest;
import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.events.CloudEventHeaders;
import dk.renos.events.Topics;
import dk.renos.events.booking.BookingRescheduled;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.MutableClock;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Staff reschedule, cancel and complete bookings over HTTP: each change is one event on
 * booking.events (through the outbox), a repeated change answers the same state and publishes
 * nothing, illegal transitions and taken slots are 409 problem+json. Clock: Monday 2026-03-23 08:00
 * Copenhagen unless a test moves it.
 */
@BookingIntegrationTest
class BookingChangesIT {

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());

  /** Tuesday 2026-03-24 08:00 Copenhagen. */
  private static final Instant TUESDAY_8 = Instant.parse("2026-03-24T07:00:00Z");

  /** Wednesday 2026-03-25 08:00 Copenhagen. */
  private static final Instant WEDNESDAY_8 = Instant.parse("2026-03-25T07:00:00Z");

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
  void rescheduleMovesTheBookingAndPublishesBookingRescheduledOnceEvenWhenRepeated() {
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));
    String move = "{\"start\":\"2026-03-25T09:00:00Z\"}";

    JsonNode moved = ok(staff().postJson(path(booking, "reschedule"), move));
    assertThat(moved.at("/status").asString()).isEqualTo("CONFIRMED");
    assertThat(moved.at("/startsAt").asString()).isEqualTo("2026-03-25T09:00:00Z");
    assertThat(moved.at("/endsAt").asString()).isEqualTo("2026-03-25T11:00:00Z");
    assertThat(moved.at("/teamId").asString()).isEqualTo("team-1");
    JsonNode again = ok(staff().postJson(path(booking, "reschedule"), move));
    assertThat(again).isEqualTo(moved);

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.BOOKING, r -> isEvent(r, booking, "BookingRescheduled"));
    BookingRescheduled event = json.readValue(text(record), BookingRescheduled.class);
    assertThat(event.previousStartsAt()).isEqualTo(TUESDAY_8);
    assertThat(event.previousEndsAt()).isEqualTo(TUESDAY_8.plus(2, ChronoUnit.HOURS));
    assertThat(event.startsAt()).isEqualTo(Instant.parse("2026-03-25T09:00:00Z"));
    assertThat(event.teamId()).isEqualTo("team-1");
    assertThat(event.rescheduledAt()).isEqualTo(BookingIntegrationTest.MONDAY);
    assertThat(eventsAfterAMarker(booking, "BookingRescheduled")).isEqualTo(1);
  }

  @Test
  void aBookingMayMoveInsideItsOwnTravelGap() {
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));
    JsonNode moved =
        ok(staff().postJson(path(booking, "reschedule"), "{\"start\":\"2026-03-24T07:30:00Z\"}"));
    assertThat(moved.at("/startsAt").asString()).isEqualTo("2026-03-24T07:30:00Z");
  }

  @Test
  void rescheduleOntoATakenSlotIs409WithNextSlotsAndTheBookingStaysWhereItWas() {
    bookings.save(confirmed(WEDNESDAY_8, 180)); // team-1 busy 08:00–11:00 Wednesday
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));

    JsonNode problem =
        ServiceHttp.assertProblem(
            staff().postJson(path(booking, "reschedule"), "{\"start\":\"2026-03-25T08:00:00Z\"}"),
            409);
    assertThat(problem.at("/title").asString()).isEqualTo("Slot taken");
    // 11:00 + 60 minutes of travel: 12:00 Copenhagen is Wednesday's first free start
    assertThat(problem.at("/nextSlots/0/start").asString()).isEqualTo("2026-03-25T11:00:00Z");
    assertThat(bookings.findById(booking.getId()).orElseThrow().getStartsAt()).isEqualTo(TUESDAY_8);
  }

  @Test
  void theNextSlotsAfterAFailedMoveTreatTheMovingBookingsOwnTimeAsFree() {
    Booking booking = bookings.save(confirmed(WEDNESDAY_8, 120)); // 08:00–10:00 Copenhagen
    bookings.save(confirmed(Instant.parse("2026-03-25T10:00:00Z"), 120)); // 11:00–13:00

    JsonNode problem =
        ServiceHttp.assertProblem(
            staff().postJson(path(booking, "reschedule"), "{\"start\":\"2026-03-25T10:30:00Z\"}"),
            409);
    // its own 08:00 is offered again: exactly 60 minutes before the other visit
    assertThat(problem.at("/nextSlots/0/start").asString()).isEqualTo("2026-03-25T07:00:00Z");
  }

  @Test
  void rescheduleThatBreaksARuleIs400NamingTheField() {
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));
    assertRefused(booking, "{\"start\":\"2026-03-29T08:00:00Z\"}", "start"); // Sunday
    assertRefused(booking, "{\"start\":\"2026-03-24T15:30:00Z\"}", "start"); // ends after 17:00
    assertRefused(booking, "{\"start\":\"2026-03-24T07:00:00Z\",\"teamId\":\"team-9\"}", "teamId");
    assertRefused(booking, "{\"teamId\":\"team-1\"}", "start");
    assertRefused(booking, "{\"start\":\"2026-03-25T07:00:00Z\",\"minutes\":10}", "minutes");
    assertThat(bookings.findById(booking.getId()).orElseThrow().getStartsAt()).isEqualTo(TUESDAY_8);
  }

  @Test
  void anUnscheduledBookingIsBookedByHandWithItsVisitLengthAndPublishesBookingConfirmed() {
    Booking open =
        bookings.save(
            Booking.unscheduled(
                UUID.randomUUID(), UUID.randomUUID(), 90, BookingIntegrationTest.MONDAY));

    JsonNode booked =
        ok(staff().postJson(path(open, "reschedule"), "{\"start\":\"2026-03-24T07:00:00Z\"}"));
    assertThat(booked.at("/status").asString()).isEqualTo("CONFIRMED");
    assertThat(booked.at("/endsAt").asString()).isEqualTo("2026-03-24T08:30:00Z");
    assertThat(booked.at("/teamId").asString()).isEqualTo("team-1");
    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.BOOKING, r -> isEvent(r, open, "BookingConfirmed"));
    assertThat(json.readTree(text(record)).at("/endsAt").asString())
        .isEqualTo("2026-03-24T08:30:00Z");
  }

  @Test
  void cancelRecordsReasonAndLatenessAndIsPublishedOnceEvenWhenRepeated() {
    Booking today = bookings.save(confirmed(Instant.parse("2026-03-23T12:00:00Z"), 60));
    Booking wednesday = bookings.save(confirmed(WEDNESDAY_8, 60));

    JsonNode late = ok(staff().postJson(path(today, "cancel"), "{\"reason\":\"Kunden er syg\"}"));
    assertThat(late.at("/status").asString()).isEqualTo("CANCELLED");
    assertThat(late.at("/cancellationReason").asString()).isEqualTo("Kunden er syg");
    assertThat(late.at("/lateCancellation").asBoolean()).isTrue();
    assertThat(late.at("/cancelledAt").asString()).isEqualTo("2026-03-23T07:00:00Z");

    clock.set(BookingIntegrationTest.MONDAY.plus(1, ChronoUnit.HOURS));
    JsonNode repeated = ok(staff().postJson(path(today, "cancel"), "{\"reason\":\"igen\"}"));
    assertThat(repeated).isEqualTo(late);

    JsonNode inTime = ok(staff().post(path(wednesday, "cancel")));
    assertThat(inTime.at("/lateCancellation").asBoolean()).isFalse();
    assertThat(inTime.get("cancellationReason").isNull()).isTrue();

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.BOOKING, r -> isEvent(r, today, "BookingCancelled"));
    assertThat(json.readTree(text(record)).at("/reason").asString()).isEqualTo("Kunden er syg");
    assertThat(eventsAfterAMarker(today, "BookingCancelled")).isEqualTo(1);
  }

  @Test
  void completeKeepsTheActualTimesAndPublishesBookingCompletedOnce() {
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));
    clock.set(Instant.parse("2026-03-24T10:00:00Z"));

    JsonNode done =
        ok(
            staff()
                .postJson(
                    path(booking, "complete"),
                    "{\"actualStart\":\"2026-03-24T07:10:00Z\",\"actualEnd\":\"2026-03-24T09:25:00Z\"}"));
    assertThat(done.at("/status").asString()).isEqualTo("COMPLETED");
    assertThat(done.at("/actualStart").asString()).isEqualTo("2026-03-24T07:10:00Z");
    assertThat(done.at("/actualEnd").asString()).isEqualTo("2026-03-24T09:25:00Z");
    assertThat(done.at("/completedBy").asString()).isEqualTo("test-staff");
    assertThat(ok(staff().post(path(booking, "complete")))).isEqualTo(done);

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.BOOKING, r -> isEvent(r, booking, "BookingCompleted"));
    JsonNode event = json.readTree(text(record));
    assertThat(event.at("/actualMinutes").asInt()).isEqualTo(135);
    assertThat(event.at("/teamId").asString()).isEqualTo("team-1");
    assertThat(event.at("/completedAt").asString()).isEqualTo("2026-03-24T10:00:00Z");
    assertThat(eventsAfterAMarker(booking, "BookingCompleted")).isEqualTo(1);
  }

  @Test
  void completeWithoutTimesTakesThePlannedOnesEndingNowAtTheLatest() {
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));
    clock.set(Instant.parse("2026-03-24T08:30:00Z")); // done half an hour early
    JsonNode done = ok(staff().post(path(booking, "complete")));
    assertThat(done.at("/actualStart").asString()).isEqualTo("2026-03-24T07:00:00Z");
    assertThat(done.at("/actualEnd").asString()).isEqualTo("2026-03-24T08:30:00Z");
  }

  @Test
  void actualTimesMustBeAPastInterval() {
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));
    clock.set(Instant.parse("2026-03-24T10:00:00Z"));
    assertThat(
            refusedField(
                path(booking, "complete"),
                "{\"actualStart\":\"2026-03-24T07:00:00Z\",\"actualEnd\":\"2026-03-24T11:00:00Z\"}"))
        .isEqualTo("actualEnd");
    assertThat(
            refusedField(
                path(booking, "complete"),
                "{\"actualStart\":\"2026-03-24T09:00:00Z\",\"actualEnd\":\"2026-03-24T08:00:00Z\"}"))
        .isEqualTo("actualEnd");
    assertThat(bookings.findById(booking.getId()).orElseThrow().getStatus().name())
        .isEqualTo("CONFIRMED");
  }

  @Test
  void changesTheStatusDoesNotAllowAre409IllegalTransition() {
    Booking booking = bookings.save(confirmed(TUESDAY_8, 120));
    assertIllegal(staff().post(path(booking, "complete")), "CONFIRMED"); // not started yet

    clock.set(Instant.parse("2026-03-24T10:00:00Z"));
    ok(staff().post(path(booking, "complete")));
    assertIllegal(staff().post(path(booking, "cancel")), "COMPLETED");
    assertIllegal(
        staff().postJson(path(booking, "reschedule"), "{\"start\":\"2026-03-26T07:00:00Z\"}"),
        "COMPLETED");

    Booking cancelled = bookings.save(confirmed(WEDNESDAY_8, 60));
    ok(staff().post(path(cancelled, "cancel")));
    assertIllegal(staff().post(path(cancelled, "complete")), "CANCELLED");
    assertIllegal(
        staff().postJson(path(cancelled, "reschedule"), "{\"start\":\"2026-03-26T07:00:00Z\"}"),
        "CANCELLED");
  }

  @Test
  void changesOfAnUnknownBookingAre404() {
    String id = UUID.randomUUID().toString();
    ServiceHttp.assertProblem(staff().post("/api/bookings/" + id + "/cancel"), 404);
    ServiceHttp.assertProblem(staff().post("/api/bookings/" + id + "/complete"), 404);
    ServiceHttp.assertProblem(
        staff()
            .postJson(
                "/api/bookings/" + id + "/reschedule", "{\"start\":\"2026-03-26T07:00:00Z\"}"),
        404);
  }

  @Test
  void ofTenBookingsMovedOntoOneSlotAtOnceExactlyOneGetsIt() throws Exception {
    List<Booking> moving = new ArrayList<>();
    for (int day = 0; day < 10; day++) {
      // ten visits on ten different days, all team-1
      moving.add(
          bookings.save(
              confirmed(Instant.parse("2026-04-06T07:00:00Z").plus(day, ChronoUnit.DAYS), 60)));
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Booking booking : moving) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return staff()
                      .postJson(
                          path(booking, "reschedule"),
                          "{\"start\":\"2026-03-26T07:00:00Z\",\"teamId\":\"team-1\"}");
                }));
      }
      go.countDown();
    }
    Map<Integer, Long> byStatus = new TreeMap<>();
    for (Future<HttpResponse<String>> answer : answers) {
      byStatus.merge(answer.get().statusCode(), 1L, Long::sum);
    }
    assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 409, 9L));
    assertThat(
            bookings.findAll().stream()
                .filter(b -> b.getStartsAt().equals(Instant.parse("2026-03-26T07:00:00Z")))
                .collect(Collectors.toList()))
        .hasSize(1);
  }

  private long eventsAfterAMarker(Booking booking, String type) {
    // the outbox publishes after commit: once a later change's event is on the topic, an
    // event the repeated request might have published would be there too
    Booking marker = bookings.save(confirmed(Instant.parse("2026-04-01T07:00:00Z"), 60));
    ok(staff().post(path(marker, "cancel")));
    kafka.awaitRecord(Topics.BOOKING, r -> isEvent(r, marker, "BookingCancelled"));
    return kafka.readAll(Topics.BOOKING).stream().filter(r -> isEvent(r, booking, type)).count();
  }

  private static boolean isEvent(
      ConsumerRecord<String, byte[]> record, Booking booking, String type) {
    return booking.getId().toString().equals(record.key())
        && ("dk.renos.booking." + type + ".v1").equals(header(record, CloudEventHeaders.TYPE));
  }

  private void assertRefused(Booking booking, String request, String field) {
    assertThat(refusedField(path(booking, "reschedule"), request)).as(request).isEqualTo(field);
  }

  private String refusedField(String path, String request) {
    JsonNode problem = ServiceHttp.assertProblem(staff().postJson(path, request), 400);
    assertThat(problem.get("errors")).as(request).hasSize(1);
    return problem.at("/errors/0/field").asString();
  }

  private static void assertIllegal(HttpResponse<String> response, String status) {
    JsonNode problem = ServiceHttp.assertProblem(response, 409);
    assertThat(problem.at("/title").asString()).isEqualTo("Illegal transition");
    assertThat(problem.at("/bookingStatus").asString()).isEqualTo(status);
  }

  private JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + " -> " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String path(Booking booking, String change) {
    return "/api/bookings/" + booking.getId() + "/" + change;
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
