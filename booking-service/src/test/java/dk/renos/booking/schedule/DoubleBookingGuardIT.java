package dk.renos.booking.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.booking.BookingIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own guarantees (V2): CONFIRMED bookings at least 60 minutes apart whoever inserts
 * them, one booking per quote, times required exactly when the status needs them.
 */
@BookingIntegrationTest
class DoubleBookingGuardIT {

  private static final Instant TUESDAY_8 = Instant.parse("2026-12-08T07:00:00Z");

  @Autowired BookingRepository bookings;

  @Autowired JdbcTemplate jdbc;

  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void clean() {
    bookings.deleteAll();
  }

  @Test
  void twoThreadsInsertingOverlappingConfirmedBookingsExactlyOneSucceeds() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Instant start = TUESDAY_8.plus(i * 30L, ChronoUnit.MINUTES); // 08:00–10:00 and 08:30–10:30
        attempts.add(
            threads.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  try {
                    transactions.executeWithoutResult(
                        tx -> bookings.saveAndFlush(confirmed(start, 2)));
                    return true;
                  } catch (DataIntegrityViolationException rejected) {
                    return false;
                  }
                }));
      }
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> attempt : attempts) {
        outcomes.add(attempt.get(30, TimeUnit.SECONDS));
      }
      assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    } finally {
      threads.shutdownNow();
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from booking where status = 'CONFIRMED'", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void confirmedBookingsMustBeAtLeastAnHourApart() {
    bookings.saveAndFlush(confirmed(TUESDAY_8, 2)); // 08:00–10:00
    // back-to-back and 59 minutes of travel are too close, on either side
    for (Instant tooClose :
        List.of(
            TUESDAY_8.plus(2, ChronoUnit.HOURS),
            TUESDAY_8.plus(179, ChronoUnit.MINUTES),
            TUESDAY_8.minus(179, ChronoUnit.MINUTES),
            TUESDAY_8.plus(1, ChronoUnit.HOURS))) {
      assertThatThrownBy(() -> bookings.saveAndFlush(confirmed(tooClose, 2)))
          .as(tooClose.toString())
          .isInstanceOf(DataIntegrityViolationException.class)
          .hasMessageContaining("booking_team_no_overlap_with_travel");
    }
    // exactly 60 minutes after (11:00–13:00) and before (05:00–07:00) is fine
    bookings.saveAndFlush(confirmed(TUESDAY_8.plus(3, ChronoUnit.HOURS), 2));
    bookings.saveAndFlush(confirmed(TUESDAY_8.minus(3, ChronoUnit.HOURS), 2));
    // tentative and cancelled bookings are not promises: they may overlap anything
    bookings.saveAndFlush(
        Booking.tentative(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "team-1",
            TUESDAY_8,
            TUESDAY_8.plus(1, ChronoUnit.HOURS),
            TUESDAY_8));
    Booking cancelled = confirmed(TUESDAY_8.plus(30, ChronoUnit.MINUTES), 1);
    cancelled.cancel(null, TUESDAY_8);
    bookings.saveAndFlush(cancelled);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from booking where status = 'CONFIRMED'", Integer.class))
        .isEqualTo(3);
  }

  @Test
  void aQuoteIsBookedOnce() {
    UUID quote = UUID.randomUUID();
    bookings.saveAndFlush(
        Booking.confirmed(
            quote,
            UUID.randomUUID(),
            "team-1",
            TUESDAY_8,
            TUESDAY_8.plus(1, ChronoUnit.HOURS),
            TUESDAY_8));
    assertThatThrownBy(
            () ->
                bookings.saveAndFlush(
                    Booking.unscheduled(quote, UUID.randomUUID(), 120, TUESDAY_8)))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("booking_quote_unique");
  }

  @Test
  void timesAreRequiredWhenConfirmedAndAbsentWhenUnscheduled() {
    bookings.saveAndFlush(
        Booking.unscheduled(UUID.randomUUID(), UUID.randomUUID(), 120, TUESDAY_8));
    assertThatThrownBy(() -> insert("CONFIRMED", null, null))
        .hasMessageContaining("booking_confirmed_has_times");
    assertThatThrownBy(() -> insert("UNSCHEDULED", TUESDAY_8, TUESDAY_8.plus(1, ChronoUnit.HOURS)))
        .hasMessageContaining("booking_unscheduled_has_no_times");
    assertThatThrownBy(() -> insert("TENTATIVE", TUESDAY_8, null))
        .hasMessageContaining("booking_times_together");
    assertThatThrownBy(() -> insert("CONFIRMED", TUESDAY_8, TUESDAY_8))
        .hasMessageContaining("booking_time_order");
    assertThatThrownBy(() -> insert("DONE", null, null))
        .hasMessageContaining("booking_status_check");
    insert("CANCELLED", null, null); // an unscheduled booking may be cancelled
    assertThatThrownBy(() -> insert("CANCELLED", null, null, false))
        .hasMessageContaining("booking_cancelled_has_time");
    // a COMPLETED booking keeps the actual times it is paid for
    assertThatThrownBy(() -> insert("COMPLETED", TUESDAY_8, TUESDAY_8.plus(1, ChronoUnit.HOURS)))
        .hasMessageContaining("booking_completed_has_actual_times");
  }

  @Test
  void theDatabaseKeepsOneTeamsVisitsApartButLetsTwoTeamsWorkAtOnce() {
    bookings.saveAndFlush(confirmed(TUESDAY_8, 2));
    // another team at the very same time is fine
    bookings.saveAndFlush(
        Booking.confirmed(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "team-2",
            TUESDAY_8,
            TUESDAY_8.plus(2, ChronoUnit.HOURS),
            TUESDAY_8));
    // the same team 30 minutes after the end is refused by the database itself (plain SQL)
    assertThatThrownBy(
            () ->
                jdbc.update(
                    """
                    insert into booking (id, quote_id, customer_id, status, team_id, starts_at, ends_at, created_at)
                    values (?, ?, ?, 'CONFIRMED', 'team-2', ?, ?, ?)""",
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    Timestamp.from(TUESDAY_8.plus(150, ChronoUnit.MINUTES)),
                    Timestamp.from(TUESDAY_8.plus(240, ChronoUnit.MINUTES)),
                    Timestamp.from(TUESDAY_8)))
        .hasMessageContaining("booking_team_no_overlap_with_travel");
    // a CONFIRMED booking without a team is refused
    assertThatThrownBy(
            () ->
                jdbc.update(
                    """
                    insert into booking (id, quote_id, customer_id, status, starts_at, ends_at, created_at)
                    values (?, ?, ?, 'CONFIRMED', ?, ?, ?)""",
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    Timestamp.from(TUESDAY_8.plus(5, ChronoUnit.DAYS)),
                    Timestamp.from(TUESDAY_8.plus(5, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)),
                    Timestamp.from(TUESDAY_8)))
        .hasMessageContaining("booking_times_have_team");
  }

  private void insert(String status, Instant start, Instant end) {
    insert(status, start, end, status.equals("CANCELLED"));
  }

  private void insert(String status, Instant start, Instant end, boolean withCancelledAt) {
    jdbc.update(
        """
        insert into booking (id, quote_id, customer_id, status, team_id, starts_at, ends_at, created_at,
                             cancelled_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        status,
        start == null ? null : "team-1",
        start == null ? null : Timestamp.from(start),
        end == null ? null : Timestamp.from(end),
        Timestamp.from(TUESDAY_8),
        withCancelledAt ? Timestamp.from(TUESDAY_8) : null);
  }

  private static Booking confirmed(Instant start, int hours) {
    return Booking.confirmed(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "team-1",
        start,
        start.plus(hours, ChronoUnit.HOURS),
        start);
  }
}
