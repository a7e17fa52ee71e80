package dk.renos.booking.schedule;

import java.util.UUID;

/** A change the booking's status does not allow (e.g. cancelling a completed visit): 409. */
public class IllegalTransitionException extends RuntimeException {

  private final BookingStatus status;

  private final String change;

  public IllegalTransitionException(UUID bookingId, BookingStatus status, String change) {
    this(bookingId, status, change, "a " + status + " booking cannot be " + change);
  }

  public IllegalTransitionException(
      UUID bookingId, BookingStatus status, String change, String why) {
    super("Booking " + bookingId + ": " + why);
    this.status = status;
    this.change = change;
  }

  /** The booking's status, which did not change. */
  public BookingStatus status() {
    return status;
  }

  /** The change asked for: rescheduled, cancelled, completed. */
  public String change() {
    return change;
  }
}
