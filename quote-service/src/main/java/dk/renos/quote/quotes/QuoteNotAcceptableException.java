package dk.renos.quote.quotes;

import java.util.UUID;

/**
 * The quote is in a state from which it cannot be accepted (already accepted, not priced, blocked,
 * ...).
 */
public class QuoteNotAcceptableException extends RuntimeException {

  public QuoteNotAcceptableException(UUID id, QuoteStatus status) {
    super("Quote " + id + " is " + status + "; only DRAFTED or SENT quotes can be accepted");
  }
}
