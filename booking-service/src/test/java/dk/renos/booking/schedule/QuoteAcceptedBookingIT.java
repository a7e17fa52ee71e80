package dk.renos.booking.schedule;

import static dk.renos.testsupport.KafkaTopics.headers;
import static dk.renos.testsupport.KafkaTopics.sleep;
import static dk.renos.testsupport.KafkaTopics.text;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.booking.BookingIntegrationTest;
import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import dk.renos.events.Topics;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.quote.QuoteAccepted;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.MutableClock;
import dk.renos.testsupport.RealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * QuoteAccepted on quote.events, as quote-service writes it, becomes a CONFIRMED booking at the
 * first free slot and a BookingConfirmed on booking.events, once per event, never closer than 60
 * minutes to another booking. The clock is Monday 2026-03-23 08:00 Copenhagen unless a test moves
 * it.
 */
@BookingIntegrationTest
class QuoteAcceptedBookingIT {

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  @Autowired JsonMapper json;

  @Autowired JdbcTemplate jdbc;

  @Autowired DataSource dataSource;

  @Autowired BookingRepository bookings;

  @Autowired MutableClock clock;

  @BeforeEach
  void emptyCalendarOnMonday() {
    bookings.deleteAll();
    clock.set(BookingIntegrationTest.MONDAY);
  }

  @Test
  void theGoldenSampleOfQuoteAcceptedIsReadByTheServicesJsonMapper() {
    QuoteAccepted sample =
        json.readValue(EventType.QUOTE_ACCEPTED.sampleJson(), QuoteAccepted.class);
    assertThat(sample.quoteId()).isEqualTo(UUID.fromString("c2e5a8f1-6b3d-4e7a-9c1f-8d4b2a6e0f35"));
    assertThat(sample.customerId())
        .isEqualTo(UUID.fromString("7a1c4e9b-2d6f-4a3c-9e8b-5f0d1c2a3b84"));
    assertThat(sample.leadId()).isEqualTo(UUID.fromString("3f8d2c6a-7b1e-4d9f-b2a4-6c5e8f1d0a17"));
    assertThat(sample.visitMinutes()).isEqualTo(150);
    assertThat(sample.acceptedAt()).isEqualTo(Instant.parse("2026-03-28T18:42:07Z"));
  }

  @Test
  void theGoldenSampleOnQuoteEventsBecomesAConfirmedBookingAndABookingConfirmedCloudEvent() {
    byte[] sample = EventType.QUOTE_ACCEPTED.sampleJson().getBytes(StandardCharsets.UTF_8);
    QuoteAccepted accepted = json.readValue(sample, QuoteAccepted.class);
    sendAccepted(accepted.quoteId(), sample, UUID.randomUUID().toString());

    Booking booking = awaitBooking(accepted.quoteId());
    // the sample's chosen slot: Tuesday 2026-04-07 09:00 CEST for team-1, 150 minutes
    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(booking.getTeamId()).isEqualTo("team-1");
    assertThat(booking.getStartsAt()).isEqualTo(Instant.parse("2026-04-07T07:00:00Z"));
    assertThat(booking.getEndsAt()).isEqualTo(Instant.parse("2026-04-07T09:30:00Z"));
    assertThat(booking.getCustomerId()).isEqualTo(accepted.customerId());
    assertThat(booking.getStartsAt().atZone(COPENHAGEN).toLocalTime()).hasToString("09:00");

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.BOOKING, r -> booking.getId().toString().equals(r.key()));
    Map<String, String> headers = headers(record);
    assertThat(headers)
        .containsKeys(CloudEventHeaders.ID, CloudEventHeaders.TIME, "traceparent")
        .containsEntry(CloudEventHeaders.TYPE, "dk.renos.booking.BookingConfirmed.v1")
        .containsEntry(CloudEventHeaders.SOURCE, "/renos/booking-service")
        .containsEntry(CloudEventHeaders.SUBJECT, booking.getId().toString())
        .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
        .containsEntry("content-type", "application/json");
    assertThat(headers.keySet())
        .allSatisfy(name -> assertThat(name).doesNotStartWith("__").doesNotStartWith("spring_"));

    BookingConfirmed confirmed = json.readValue(record.value(), BookingConfirmed.class);
    assertThat(confirmed)
        .isEqualTo(
            new BookingConfirmed(
                booking.getId(),
                accepted.quoteId(),
                accepted.customerId(),
                Instant.parse("2026-04-07T07:00:00Z"),
                Instant.parse("2026-04-07T09:30:00Z"),
                BookingIntegrationTest.MONDAY));
    assertThat(json.readTree(record.value()).at("/startsAt").asString())
        .isEqualTo("2026-04-07T07:00:00Z");
  }

  @Test
  void producerContractBookingConfirmedOnTheWireHasExactlyTheGoldenSamplesFields() {
    UUID quoteId = UUID.randomUUID();
    sendAccepted(accepted(quoteId, 120), UUID.randomUUID().toString());
    Booking booking = awaitBooking(quoteId);

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.BOOKING, r -> booking.getId().toString().equals(r.key()));
    JsonNode published = json.readTree(record.value());
    JsonNode golden = json.readTree(EventType.BOOKING_CONFIRMED.sampleJson());
    assertThat(published.propertyNames()).containsExactlyElementsOf(golden.propertyNames());
    for (String field : golden.propertyNames()) {
      assertThat(published.get(field).getNodeType())
          .as(field)
          .isEqualTo(golden.get(field).getNodeType());
    }
    assertThat(published.at("/startsAt").asString()).endsWith("Z");
    assertThat(published.at("/confirmedAt").asString()).isEqualTo("2026-03-23T07:00:00Z");
    // and what the service publishes serializes like the sample: the same tree for the same values
    BookingConfirmed fromSample = json.readValue(golden.toString(), BookingConfirmed.class);
    assertThat(json.readTree(json.writeValueAsString(fromSample))).isEqualTo(golden);
  }

  @Test
  void theSameRecordTwiceMakesOneBookingAndOneEvent() {
    UUID quoteId = UUID.randomUUID();
    byte[] value = json.writeValueAsBytes(accepted(quoteId, 120));
    String eventId = UUID.randomUUID().toString();
    sendAccepted(quoteId, value, eventId);
    Booking booking = awaitBooking(quoteId);

    sendAccepted(quoteId, value, eventId); // redelivery: same ce_id
    String republished = UUID.randomUUID().toString();
    sendAccepted(
        quoteId, value, republished); // the acceptance published again: same quote, new ce_id
    // a marker on the same partition (same key) is processed after both
    UUID marker = UUID.randomUUID();
    sendAccepted(
        quoteId, json.writeValueAsBytes(accepted(marker, 60)), UUID.randomUUID().toString());
    awaitBooking(marker);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from booking where quote_id = ?", Integer.class, quoteId))
        .isEqualTo(1);
    assertThat(bookings.findByQuoteId(quoteId))
        .get()
        .extracting(Booking::getId)
        .isEqualTo(booking.getId());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from processed_message where event_id = ?",
                Integer.class,
                eventId))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from processed_message where event_id = ?",
                Integer.class,
                republished))
        .as("handled, as already booked")
        .isEqualTo(1);
    assertThat(kafka.readAll(Topics.BOOKING))
        .filteredOn(r -> text(r).contains(quoteId.toString()))
        .hasSize(1);
  }

  @Test
  void threeAcceptedQuotesGetThreeBookingsAtLeastAnHourApart() {
    List<UUID> quotes = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    quotes.forEach(quote -> sendAccepted(accepted(quote, 120), UUID.randomUUID().toString()));
    List<Booking> booked = new ArrayList<>(quotes.stream().map(this::awaitBooking).toList());
    booked.sort(Comparator.comparing(Booking::getStartsAt));

    // Tuesday 08:00–10:00, 11:00–13:00, 14:00–16:00 Copenhagen (CET = UTC+1)
    assertThat(booked)
        .extracting(Booking::getStartsAt)
        .containsExactly(
            Instant.parse("2026-03-24T07:00:00Z"),
            Instant.parse("2026-03-24T10:00:00Z"),
            Instant.parse("2026-03-24T13:00:00Z"));
    assertThat(booked)
        .allSatisfy(b -> assertThat(b.getStatus()).isEqualTo(BookingStatus.CONFIRMED));
    for (int i = 1; i < booked.size(); i++) {
      assertThat(Duration.between(booked.get(i - 1).getEndsAt(), booked.get(i).getStartsAt()))
          .isGreaterThanOrEqualTo(Duration.ofMinutes(60));
    }
  }

  @Test
  void aBookingAcrossTheDaylightSavingChangeLandsAtEightCopenhagenSummerTime() {
    clock.set(Instant.parse("2026-03-27T07:00:00Z")); // Friday 08:00 CET
    UUID quoteId = UUID.randomUUID();
    // 8 hours: not on a Saturday (closes 15:00), never on Sunday 29 March (the change) -> Monday,
    // now CEST
    sendAccepted(accepted(quoteId, 480), UUID.randomUUID().toString());

    Booking booking = awaitBooking(quoteId);
    assertThat(booking.getStartsAt()).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    assertThat(booking.getEndsAt()).isEqualTo(Instant.parse("2026-03-30T14:00:00Z"));
    assertThat(booking.getStartsAt().atZone(COPENHAGEN).toLocalDateTime())
        .hasToString("2026-03-30T08:00");
  }

  @Test
  void noFreeSlotInFourteenDaysLeavesTheBookingUnscheduledAndPublishesNothing() {
    // a tentative hold over the whole horizon (tentative bookings may overlap, and count as busy)
    Instant now = BookingIntegrationTest.MONDAY;
    bookings.saveAndFlush(
        Booking.tentative(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "team-1",
            now,
            now.plus(Duration.ofDays(15)),
            now));
    UUID quoteId = UUID.randomUUID();
    UUID tooLong = UUID.randomUUID();
    sendAccepted(accepted(quoteId, 120), UUID.randomUUID().toString());
    sendAccepted(accepted(tooLong, 600), UUID.randomUUID().toString());

    for (UUID quote : List.of(quoteId, tooLong)) {
      Booking booking = awaitBooking(quote);
      assertThat(booking.getStatus()).isEqualTo(BookingStatus.UNSCHEDULED);
      assertThat(booking.getStartsAt()).isNull();
      assertThat(booking.getEndsAt()).isNull();
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?",
                Integer.class,
                "%" + quoteId + "%"))
        .isZero();
    assertThat(kafka.readAll(Topics.BOOKING))
        .noneMatch(r -> text(r).contains(quoteId.toString()))
        .noneMatch(r -> text(r).contains(tooLong.toString()));
  }

  @Test
  void aSlotTakenByAnotherReplicaMeanwhileIsRetriedAndBooksTheNextSlot() throws Exception {
    // "another replica" books Tuesday 08:00–10:00 but has not committed yet: the listener cannot
    // see it,
    // picks the same slot, and its insert waits on the exclusion constraint
    UUID quoteId = UUID.randomUUID();
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement insert =
          other.prepareStatement(
              """
          insert into booking (id, quote_id, customer_id, status, team_id, starts_at, ends_at, created_at)
          values (?, ?, ?, 'CONFIRMED', 'team-1', ?, ?, ?)""")) {
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, UUID.randomUUID());
        insert.setObject(3, UUID.randomUUID());
        insert.setTimestamp(4, Timestamp.from(Instant.parse("2026-03-24T07:00:00Z")));
        insert.setTimestamp(5, Timestamp.from(Instant.parse("2026-03-24T09:00:00Z")));
        insert.setTimestamp(6, Timestamp.from(BookingIntegrationTest.MONDAY));
        insert.executeUpdate();
      }
      sendAccepted(accepted(quoteId, 120), UUID.randomUUID().toString());
      awaitASessionWaitingOnALock();
      other
          .commit(); // the listener's insert now fails with an exclusion violation: rollback, retry
    }

    Booking booking = awaitBooking(quoteId);
    // 10:00 + 60 minutes travel = Tuesday 11:00 Copenhagen
    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(booking.getStartsAt()).isEqualTo(Instant.parse("2026-03-24T10:00:00Z"));
    assertThat(kafka.readAll("booking-service.dlt"))
        .as("retried, not dead-lettered")
        .noneMatch(r -> quoteId.toString().equals(r.key()));
    assertThat(kafka.readAll(Topics.BOOKING))
        .filteredOn(r -> text(r).contains(quoteId.toString()))
        .hasSize(1);
  }

  private void awaitASessionWaitingOnALock() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Integer waiting =
          jdbc.queryForObject(
              """
          select count(*) from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like '%insert into booking%'""",
              Integer.class);
      if (waiting != null && waiting > 0) {
        return;
      }
      sleep(50);
    }
    throw new AssertionError("the listener never waited on the uncommitted booking");
  }

  private static QuoteAccepted accepted(UUID quoteId, int minutes) {
    return new QuoteAccepted(
        quoteId,
        UUID.randomUUID(),
        UUID.randomUUID(),
        minutes,
        Instant.parse("2026-03-23T06:30:00Z"),
        null,
        null);
  }

  private void sendAccepted(QuoteAccepted accepted, String eventId) {
    sendAccepted(accepted.quoteId(), json.writeValueAsBytes(accepted), eventId);
  }

  /** As quote-service's outbox writes it: CloudEvents binary mode, key = quote id. */
  private static void sendAccepted(UUID quoteId, byte[] value, String eventId) {
    kafka.sendCloudEvent(
        Topics.QUOTE,
        quoteId.toString(),
        EventType.QUOTE_ACCEPTED.ceType(),
        eventId,
        CloudEventHeaders.source("quote-service"),
        value);
  }

  private Booking awaitBooking(UUID quoteId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      var booking = bookings.findByQuoteId(quoteId);
      if (booking.isPresent()) {
        return booking.get();
      }
      sleep(100);
    }
    throw new AssertionError("no booking for quote " + quoteId + " within 30 s");
  }
}
