package dk.renos.booking.schedule;

import dk.renos.booking.slots.BusyInterval;
import dk.renos.booking.slots.SlotFinder;
import dk.renos.booking.slots.SlotFinder.Refusal;
import dk.renos.booking.slots.SlotPreferences;
import dk.renos.booking.slots.TeamSlot;
import dk.renos.booking.teams.Teams;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.quote.QuoteAccepted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books accepted quotes and staff requests into the teams' calendars and offers free slots. Slots
 * come from {@link SlotFinder} over the CONFIRMED, COMPLETED and TENTATIVE bookings of every team;
 * the database's exclusion constraint {@code booking_team_no_overlap_with_travel} is the guarantee
 * when two requests (or replicas) pick the same slot at once.
 */
@Service
public class Scheduler {

  /**
   * Busy bookings are read from a day before the first candidate start (a visit ending just before
   * it still needs its travel gap) to a day after the finder's 14-day horizon.
   */
  static final Duration BUSY_MARGIN = Duration.ofDays(1);

  /**
   * A slot the customer picked is still bookable when it starts in the future, even if the finder's
   * minimum notice has passed since it was offered.
   */
  static final Duration CHOSEN_SLOT_NOTICE = Duration.ZERO;

  private final BookingRepository bookings;

  private final ApplicationEventPublisher events;

  private final Clock clock;

  private final Teams teams;

  Scheduler(
      BookingRepository bookings, ApplicationEventPublisher events, Clock clock, Teams teams) {
    this.bookings = bookings;
    this.events = events;
    this.clock = clock;
    this.teams = teams;
  }

  /** What booking an accepted quote did. */
  public sealed interface Outcome {

    Booking booking();
  }

  /**
   * A CONFIRMED booking was made and BookingConfirmed published.
   *
   * @param chosen true when it is the slot the customer picked, false when it is the nearest free
   *     one
   */
  public record Confirmed(Booking booking, boolean chosen) implements Outcome {}

  /** The quote already had a booking (another delivery of the same acceptance); nothing changed. */
  public record AlreadyBooked(Booking booking) implements Outcome {}

  /**
   * No slot could be booked automatically; an UNSCHEDULED booking waits for the office. Nothing
   * published.
   */
  public record Unscheduled(Booking booking, String reason) implements Outcome {}

  /**
   * Books the slot the customer picked ({@code chosenStart}, preferably for {@code teamId}, else
   * for any team free then), or the nearest free slot of any team when none was picked or it is no
   * longer bookable, and publishes {@link BookingConfirmed} in the same transaction. When a
   * concurrent transaction (another replica) has just taken that slot, the insert violates the
   * exclusion constraint and this throws a {@link
   * org.springframework.dao.DataIntegrityViolationException}: the transaction rolls back and the
   * caller retries, which then sees the other booking and books the nearest free slot. The same
   * applies to a concurrent booking of the same quote (unique {@code quote_id}).
   */
  @Transactional
  public Outcome book(QuoteAccepted accepted) {
    Optional<Booking> existing = bookings.findByQuoteId(accepted.quoteId());
    if (existing.isPresent()) {
      return new AlreadyBooked(existing.get());
    }
    Instant now = clock.instant();
    Duration visit = Duration.ofMinutes(accepted.visitMinutes());
    if (!bookable(visit)) {
      return unscheduled(
          accepted,
          now,
          "visit of "
              + accepted.visitMinutes()
              + " minutes cannot be booked automatically (1.."
              + SlotFinder.LONGEST_WORKING_DAY.toMinutes()
              + ")");
    }
    Map<String, List<BusyInterval>> busy = busyByTeam(now, null);
    SlotFinder finder = new SlotFinder(clock);
    if (accepted.chosenStart() != null) {
      for (String team : teamsPreferring(accepted.teamId())) {
        if (finder
            .check(accepted.chosenStart(), visit, busy.get(team), CHOSEN_SLOT_NOTICE)
            .isEmpty()) {
          Booking booking =
              confirm(
                  accepted.quoteId(),
                  accepted.customerId(),
                  team,
                  accepted.chosenStart(),
                  visit,
                  now);
          return new Confirmed(booking, true);
        }
      }
    }
    Optional<TeamSlot> slot = finder.firstFree(visit, busy);
    if (slot.isEmpty()) {
      return unscheduled(accepted, now, "no free slot within " + SlotFinder.HORIZON_DAYS + " days");
    }
    Booking booking =
        confirm(
            accepted.quoteId(),
            accepted.customerId(),
            slot.get().teamId(),
            slot.get().slot().start(),
            visit,
            now);
    return new Confirmed(booking, false);
  }

  /**
   * A staff booking at exactly {@code start}: for {@code teamId}, or the first team free then when
   * null. The rules are checked first ({@link BookingRefusedException}); a slot another booking
   * holds, now or by a concurrent insert, fails with {@link SlotTakenException} or, for a race the
   * database decides, a {@link org.springframework.dao.DataIntegrityViolationException} after the
   * rollback (the caller answers both as a conflict).
   */
  @Transactional
  public Booking bookAt(
      UUID quoteId, UUID customerId, Instant start, Duration visit, String teamId) {
    return bookAt(quoteId, customerId, start, visit, teamId, null, null);
  }

  /**
   * {@link #bookAt(UUID, UUID, Instant, Duration, String)} with what the team needs at the door.
   *
   * @param address the visit's address, or null
   * @param accessNotes how the team gets in, or null
   */
  @Transactional
  public Booking bookAt(
      UUID quoteId,
      UUID customerId,
      Instant start,
      Duration visit,
      String teamId,
      String address,
      String accessNotes) {
    if (!bookable(visit)) {
      throw new BookingRefusedException("minutes", "visit length out of range");
    }
    if (teamId != null && !teams.contains(teamId)) {
      throw new BookingRefusedException("teamId", "is not a configured team");
    }
    if (bookings.findByQuoteId(quoteId).isPresent()) {
      throw new QuoteAlreadyBookedException(quoteId);
    }
    Instant now = clock.instant();
    // busy time around the start itself: a start beyond the finder's horizon is checked too
    String team = freeTeamAt(start, visit, teamId, busyByTeam(start, null));
    Booking booking = confirm(quoteId, customerId, team, start, visit, now);
    booking.describeVisit(address, accessNotes);
    return booking;
  }

  /**
   * The team to book at {@code start}: {@code teamId} (or the first configured team free then).
   *
   * @throws BookingRefusedException when the start breaks a rule other than being taken
   * @throws SlotTakenException when no allowed team is free then
   */
  String freeTeamAt(
      Instant start, Duration visit, String teamId, Map<String, List<BusyInterval>> busy) {
    return freeTeamAt(start, visit, teamId != null ? List.of(teamId) : teams.ids(), busy);
  }

  /**
   * The first of {@code candidates} free at {@code start}.
   *
   * @throws BookingRefusedException when the start breaks a rule other than being taken
   * @throws SlotTakenException when none of them is free then
   */
  String freeTeamAt(
      Instant start,
      Duration visit,
      List<String> candidates,
      Map<String, List<BusyInterval>> busy) {
    SlotFinder finder = new SlotFinder(clock);
    for (String team : candidates) {
      Optional<Refusal> refusal = finder.check(start, visit, busy.get(team), Duration.ZERO);
      if (refusal.isEmpty()) {
        return team;
      }
      if (refusal.get() != Refusal.TAKEN) {
        throw new BookingRefusedException("start", message(refusal.get()));
      }
    }
    throw new SlotTakenException(start, visit);
  }

  /**
   * Up to five free slots for a visit of this length from the day {@code from} (null = today),
   * preferred ones first, as a customer would be offered them.
   */
  @Transactional(readOnly = true)
  public List<TeamSlot> offers(Duration visit, LocalDate from, SlotPreferences preferences) {
    return offers(visit, from, preferences, null);
  }

  private List<TeamSlot> offers(
      Duration visit, LocalDate from, SlotPreferences preferences, UUID except) {
    Instant now = clock.instant();
    Instant first = now;
    if (from != null) {
      Instant fromStart = from.atStartOfDay(SlotFinder.COPENHAGEN).toInstant();
      first = fromStart.isAfter(now) ? fromStart : now;
    }
    return new SlotFinder(clock)
        .offer(visit, from, preferences, busyByTeam(first, except), SlotFinder.DEFAULT_COUNT);
  }

  /** The free slots offered after a conflict at {@code start}: from that day on. */
  @Transactional(readOnly = true)
  public List<TeamSlot> nextFree(Duration visit, Instant start) {
    return nextFree(visit, start, null);
  }

  /**
   * The free slots offered after a conflict at {@code start}, from that day on, as if the booking
   * {@code moving} (being rescheduled; null for none) were not in the calendar.
   */
  @Transactional(readOnly = true)
  public List<TeamSlot> nextFree(Duration visit, Instant start, UUID moving) {
    return offers(
        visit, start.atZone(SlotFinder.COPENHAGEN).toLocalDate(), SlotPreferences.NONE, moving);
  }

  Booking confirm(
      UUID quoteId, UUID customerId, String team, Instant start, Duration visit, Instant now) {
    Booking booking =
        bookings.saveAndFlush(
            Booking.confirmed(quoteId, customerId, team, start, start.plus(visit), now));
    events.publishEvent(
        new BookingConfirmed(
            booking.getId(),
            booking.getQuoteId(),
            booking.getCustomerId(),
            booking.getStartsAt(),
            booking.getEndsAt(),
            now));
    return booking;
  }

  /**
   * Every team's busy intervals from a day before {@code from} to a day after the horizon, leaving
   * out the booking {@code except} (the one being moved), in team order.
   */
  Map<String, List<BusyInterval>> busyByTeam(Instant from, UUID except) {
    Map<String, List<BusyInterval>> busy = new LinkedHashMap<>();
    teams.ids().forEach(team -> busy.put(team, new ArrayList<>()));
    Instant to =
        from.plus(Duration.ofDays(SlotFinder.HORIZON_DAYS)).plus(BUSY_MARGIN.multipliedBy(2));
    for (Booking booking : bookings.findBusy(from.minus(BUSY_MARGIN), to)) {
      if (booking.getId().equals(except) || booking.getTeamId() == null) {
        continue;
      }
      // a team removed from RENOS_BOOKING_TEAMS keeps its bookings but gets no new ones
      List<BusyInterval> team = busy.get(booking.getTeamId());
      if (team != null) {
        team.add(new BusyInterval(booking.getStartsAt(), booking.getEndsAt()));
      }
    }
    return busy;
  }

  List<String> teamsPreferring(String teamId) {
    List<String> order = new ArrayList<>();
    if (teamId != null && teams.contains(teamId)) {
      order.add(teamId);
    }
    teams.ids().stream().filter(team -> !team.equals(teamId)).forEach(order::add);
    return order;
  }

  static boolean bookable(Duration visit) {
    return !visit.isNegative()
        && !visit.isZero()
        && visit.compareTo(SlotFinder.LONGEST_WORKING_DAY) <= 0;
  }

  static String message(Refusal refusal) {
    return switch (refusal) {
      case TOO_SOON -> "must be in the future";
      case CLOSED_DAY -> "is a Sunday or a Danish public holiday (closed)";
      case OUTSIDE_WORKING_HOURS ->
          "visit must start at 08:00 or later and end by 17:00 (Saturday 15:00), Europe/Copenhagen";
      case TAKEN -> "is taken";
    };
  }

  private Outcome unscheduled(QuoteAccepted accepted, Instant now, String reason) {
    Booking booking =
        bookings.saveAndFlush(
            Booking.unscheduled(
                accepted.quoteId(), accepted.customerId(), accepted.visitMinutes(), now));
    return new Unscheduled(booking, reason);
  }
}
