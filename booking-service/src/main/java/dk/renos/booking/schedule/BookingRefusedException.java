package dk.renos.booking.schedule;

/**
 * A booking request that breaks a booking rule (not a conflict): answered 400, naming the field.
 */
public class BookingRefusedException extends RuntimeException {

  private final String field;

  public BookingRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
