package dk.renos.quote.quotes;

import java.util.UUID;

/** Only a quote that has not been approved (DRAFTED or CUSTOM_QUOTE_REQUIRED) can be changed. */
public class QuoteNotEditableException extends RuntimeException {

  public QuoteNotEditableException(UUID id, QuoteStatus status) {
    super("Quote " + id + " is " + status + " and can no longer be changed");
  }
}
