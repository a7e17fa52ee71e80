package dk.renos.booking.schedule;

import dk.renos.booking.teams.Teams;
import dk.renos.events.booking.BookingCancelled;
import dk.renos.events.booking.BookingCompleted;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.booking.BookingRescheduled;
import dk.renos.support.web.NotFoundException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reschedule, cancel and complete a booking: each change and its event in one transaction (the
 * outbox), on the booking locked for the transaction, so two changes of one booking never
 * interleave. Repeating a change already in effect returns the booking unchanged and publishes
 * nothing; a change its status does not allow is an {@link IllegalTransitionException}.
 *
 * <pre>
 * UNSCHEDULED --reschedule--> CONFIRMED --reschedule--> CONFIRMED
 * UNSCHEDULED, TENTATIVE, CONFIRMED --cancel--> CANCELLED
 * CONFIRMED --complete (once the visit has started)--> COMPLETED
 * </pre>
 */
@Service
public class BookingChanges {

  /** SQLSTATE of an exclusion-constraint violation: another booking took the slot a moment ago. */
  static final String EXCLUSION_VIOLATION = "23P01";

  private final BookingRepository bookings;

  private final Scheduler scheduler;

  private final ApplicationEventPublisher events;

  private final Clock clock;

  private final Teams teams;

  BookingChanges(
      BookingRepository bookings,
      Scheduler scheduler,
      ApplicationEventPublisher events,
      Clock clock,
      Teams teams) {
    this.bookings = bookings;
    this.scheduler = scheduler;
    this.events = events;
    this.clock = clock;
    this.teams = teams;
  }

  /** A change's result: the booking as it is now, and whether this call changed it. */
  public record Result(Booking booking, boolean changed) {}

  /**
   * Moves the booking to {@code start}: for {@code teamId}, or when null its own team if free then,
   * else the first configured team free then. An UNSCHEDULED booking is booked by hand this way
   * (CONFIRMED + {@link BookingConfirmed}); a CONFIRMED one publishes {@link BookingRescheduled}.
   *
   * @param minutes the visit length, or null to keep the booking's own
   * @throws BookingRefusedException when the start breaks a rule, the team is unknown or no length
   *     is known
   * @throws SlotTakenException when the slot is taken, also by a concurrent booking
   */
  @Transactional
  public Result reschedule(UUID id, Instant start, String teamId, Integer minutes) {
    Objects.requireNonNull(start, "start");
    Booking booking = locked(id);
    BookingStatus status = booking.getStatus();
    if (status != BookingStatus.CONFIRMED && status != BookingStatus.UNSCHEDULED) {
      throw new IllegalTransitionException(id, status, "rescheduled");
    }
    if (teamId != null && !teams.contains(teamId)) {
      throw new BookingRefusedException("teamId", "is not a configured team");
    }
    Integer length = minutes != null ? minutes : booking.getVisitMinutes();
    if (length == null) {
      throw new BookingRefusedException("minutes", "is required: the booking has no visit length");
    }
    Duration visit = Duration.ofMinutes(length);
    if (!Scheduler.bookable(visit)) {
      throw new BookingRefusedException("minutes", "visit length out of range");
    }
    if (status == BookingStatus.CONFIRMED
        && start.equals(booking.getStartsAt())
        && visit.equals(Duration.between(booking.getStartsAt(), booking.getEndsAt()))
        && (teamId == null || teamId.equals(booking.getTeamId()))) {
      return new Result(booking, false);
    }
    List<String> candidates =
        teamId != null ? List.of(teamId) : scheduler.teamsPreferring(booking.getTeamId());
    String team;
    try {
      team =
          scheduler.freeTeamAt(
              start, visit, candidates, scheduler.busyByTeam(start, booking.getId()));
    } catch (SlotTakenException e) {
      // the next slots are offered as if this booking were already out of its old time
      throw new SlotTakenException(start, visit, booking.getId());
    }
    Instant previousStart = booking.getStartsAt();
    Instant previousEnd = booking.getEndsAt();
    booking.moveTo(team, start, visit);
    flush(booking, start, visit);
    Instant now = clock.instant();
    if (previousStart == null) {
      events.publishEvent(
          new BookingConfirmed(
              booking.getId(),
              booking.getQuoteId(),
              booking.getCustomerId(),
              booking.getStartsAt(),
              booking.getEndsAt(),
              now));
    } else {
      events.publishEvent(
          new BookingRescheduled(
              booking.getId(),
              booking.getQuoteId(),
              booking.getCustomerId(),
              team,
              previousStart,
              previousEnd,
              booking.getStartsAt(),
              booking.getEndsAt(),
              now));
    }
    return new Result(booking, true);
  }

  /**
   * Cancels the booking and publishes {@link BookingCancelled}; late when less than 24 hours before
   * its start. An already CANCELLED booking is returned as it is.
   *
   * @param reason free text (may be null); personal data possible, never logged
   */
  @Transactional
  public Result cancel(UUID id, String reason) {
    Booking booking = locked(id);
    switch (booking.getStatus()) {
      case CANCELLED -> {
        return new Result(booking, false);
      }
      case COMPLETED -> throw new IllegalTransitionException(id, booking.getStatus(), "cancelled");
      default -> {
        Instant now = clock.instant();
        booking.cancel(reason, now);
        bookings.saveAndFlush(booking);
        events.publishEvent(
            new BookingCancelled(booking.getId(), booking.getQuoteId(), reason, now));
        return new Result(booking, true);
      }
    }
  }

  /**
   * Marks a CONFIRMED visit done, once it has started, with the actual times (default: the planned
   * start, and the planned end or now if that is earlier), and publishes {@link BookingCompleted}.
   * An already COMPLETED booking is returned as it is.
   *
   * @param actualStart null for the planned start
   * @param actualEnd null for the planned end, or now when the visit was planned to end later
   * @param by the username marking it done
   * @throws BookingRefusedException when the actual times are not a past interval
   */
  @Transactional
  public Result complete(UUID id, Instant actualStart, Instant actualEnd, String by) {
    return complete(id, actualStart, actualEnd, by, null);
  }

  /**
   * {@link #complete(UUID, Instant, Instant, String)} for a caller who may complete only visits of
   * {@code onlyTeam} (a cleaner); null = any team (staff).
   *
   * @throws NotYourTeamException when the booking belongs to another team (or none)
   */
  @Transactional
  public Result complete(
      UUID id, Instant actualStart, Instant actualEnd, String by, String onlyTeam) {
    Booking booking = locked(id);
    if (onlyTeam != null && !onlyTeam.equals(booking.getTeamId())) {
      throw new NotYourTeamException(id);
    }
    if (booking.getStatus() == BookingStatus.COMPLETED) {
      return new Result(booking, false);
    }
    if (booking.getStatus() != BookingStatus.CONFIRMED) {
      throw new IllegalTransitionException(id, booking.getStatus(), "completed");
    }
    Instant now = clock.instant();
    if (!now.isAfter(booking.getStartsAt())) {
      throw new IllegalTransitionException(
          id, booking.getStatus(), "completed", "a visit cannot be completed before it starts");
    }
    Instant start = actualStart != null ? actualStart : booking.getStartsAt();
    Instant end =
        actualEnd != null
            ? actualEnd
            : (booking.getEndsAt().isAfter(now) ? now : booking.getEndsAt());
    if (end.isAfter(now)) {
      throw new BookingRefusedException("actualEnd", "must not be in the future");
    }
    if (!end.isAfter(start)) {
      throw new BookingRefusedException("actualEnd", "must be after actualStart");
    }
    booking.complete(start, end, by, now);
    bookings.saveAndFlush(booking);
    events.publishEvent(
        new BookingCompleted(
            booking.getId(),
            booking.getQuoteId(),
            booking.getCustomerId(),
            booking.getTeamId(),
            start,
            end,
            (int) Duration.between(start, end).toMinutes(),
            now));
    return new Result(booking, true);
  }

  /**
   * Sets the visit's address and access notes (null clears them); no event: they are not part of
   * the booking's published state.
   */
  @Transactional
  public Booking describeVisit(UUID id, String address, String accessNotes) {
    Booking booking = locked(id);
    booking.describeVisit(address, accessNotes);
    return booking;
  }

  private Booking locked(UUID id) {
    return bookings.findForUpdate(id).orElseThrow(() -> new NotFoundException("booking", id));
  }

  /**
   * Writes the move now, so the exclusion constraint decides inside this call: a concurrent booking
   * of the same team's slot makes it a {@link SlotTakenException} (the transaction rolls back).
   */
  private void flush(Booking booking, Instant start, Duration visit) {
    try {
      bookings.saveAndFlush(booking);
    } catch (DataIntegrityViolationException e) {
      if (EXCLUSION_VIOLATION.equals(sqlState(e))) {
        throw new SlotTakenException(start, visit, booking.getId());
      }
      throw e;
    }
  }

  private static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
