package dk.renos.booking.schedule;

import java.util.UUID;

/** A cleaner asked to change a booking of another team: answered 403. */
public class NotYourTeamException extends RuntimeException {

  public NotYourTeamException(UUID bookingId) {
    super("Booking " + bookingId + " belongs to another team");
  }
}
