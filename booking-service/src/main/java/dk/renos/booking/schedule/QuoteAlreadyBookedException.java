package dk.renos.booking.schedule;

import java.util.UUID;

/** The quote has a booking already (one booking per quote): answered 409. */
public class QuoteAlreadyBookedException extends RuntimeException {

  public QuoteAlreadyBookedException(UUID quoteId) {
    super("Quote " + quoteId + " already has a booking");
  }
}
