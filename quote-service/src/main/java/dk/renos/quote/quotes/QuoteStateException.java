package dk.renos.quote.quotes;

import java.util.UUID;

/** The quote is in a state that does not allow the action (approve, reject, ...): a 409. */
public class QuoteStateException extends RuntimeException {

  public QuoteStateException(UUID quoteId, QuoteStatus status, String action) {
    super("Quote " + quoteId + " is " + status + " and cannot " + action);
  }
}
