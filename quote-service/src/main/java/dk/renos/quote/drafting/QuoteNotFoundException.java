package dk.renos.quote.drafting;

import java.util.UUID;

/** No quote has this id. */
public class QuoteNotFoundException extends RuntimeException {

  public QuoteNotFoundException(UUID id) {
    super("No quote " + id);
  }
}
