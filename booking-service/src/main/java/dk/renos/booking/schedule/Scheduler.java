package dk.renos.booking.schedule;

import dk.renos.booking.slots.BusyInterval;
import dk.renos.booking.slots.Slot;
import dk.renos.booking.slots.SlotFinder;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.quote.QuoteAccepted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books accepted quotes into the one crew's calendar and offers free slots. The slot is chosen by
 * {@link SlotFinder} from the CONFIRMED and TENTATIVE bookings; the database's exclusion constraint
 * {@code booking_no_overlap_with_travel} is the guarantee when two replicas pick the same slot at
 * once.
 */
@Service
public class Scheduler {

  /** Busy bookings are read this far ahead; the finder's horizon is 14 calendar days. */
  static final Duration BUSY_WINDOW = Duration.ofDays(15);

  private final BookingRepository bookings;

  private final ApplicationEventPublisher events;

  private final Clock clock;

  Scheduler(BookingRepository bookings, ApplicationEventPublisher events, Clock clock) {
    this.bookings = bookings;
    this.events = events;
    this.clock = clock;
  }

  /** What booking an accepted quote did. */
  public sealed interface Outcome {

    Booking booking();
  }

  /** A CONFIRMED booking was made and BookingConfirmed published. */
  public record Confirmed(Booking booking) implements Outcome {}

  /** The quote already had a booking (another delivery of the same acceptance); nothing changed. */
  public record AlreadyBooked(Booking booking) implements Outcome {}

  /**
   * No slot could be booked automatically; an UNSCHEDULED booking waits for the office. Nothing
   * published.
   */
  public record Unscheduled(Booking booking, String reason) implements Outcome {}

  /**
   * Books the first free slot for an accepted quote and publishes {@link BookingConfirmed} in the
   * same transaction. When a concurrent transaction (another replica) has just taken that slot, the
   * insert violates the exclusion constraint and this throws a {@link
   * org.springframework.dao.DataIntegrityViolationException}: the transaction rolls back and the
   * caller retries, which then sees the other booking and finds the next slot. The same applies to
   * a concurrent booking of the same quote (unique {@code quote_id}).
   */
  @Transactional
  public Outcome book(QuoteAccepted accepted) {
    Optional<Booking> existing = bookings.findByQuoteId(accepted.quoteId());
    if (existing.isPresent()) {
      return new AlreadyBooked(existing.get());
    }
    Instant now = clock.instant();
    Duration visit = Duration.ofMinutes(accepted.visitMinutes());
    if (visit.isNegative()
        || visit.isZero()
        || visit.compareTo(SlotFinder.LONGEST_WORKING_DAY) > 0) {
      return unscheduled(
          accepted,
          now,
          "visit of "
              + accepted.visitMinutes()
              + " minutes cannot be booked automatically (1.."
              + SlotFinder.LONGEST_WORKING_DAY.toMinutes()
              + ")");
    }
    Optional<Slot> slot = new SlotFinder(clock).firstFree(visit, busy(now));
    if (slot.isEmpty()) {
      return unscheduled(accepted, now, "no free slot within " + SlotFinder.HORIZON_DAYS + " days");
    }
    Booking booking =
        bookings.saveAndFlush(
            Booking.confirmed(
                accepted.quoteId(),
                accepted.customerId(),
                slot.get().start(),
                slot.get().end(),
                now));
    events.publishEvent(
        new BookingConfirmed(
            booking.getId(),
            booking.getQuoteId(),
            booking.getCustomerId(),
            booking.getStartsAt(),
            booking.getEndsAt(),
            now));
    return new Confirmed(booking);
  }

  /** Up to five free slots for a visit of this length, as a customer would be offered them. */
  @Transactional(readOnly = true)
  public List<Slot> offers(Duration visit) {
    return new SlotFinder(clock).offer(visit, busy(clock.instant()));
  }

  private Outcome unscheduled(QuoteAccepted accepted, Instant now, String reason) {
    Booking booking =
        bookings.saveAndFlush(Booking.unscheduled(accepted.quoteId(), accepted.customerId(), now));
    return new Unscheduled(booking, reason);
  }

  private List<BusyInterval> busy(Instant now) {
    return bookings.findBusy(now, now.plus(BUSY_WINDOW)).stream()
        .map(booking -> new BusyInterval(booking.getStartsAt(), booking.getEndsAt()))
        .toList();
  }
}
