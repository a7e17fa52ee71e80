package dk.renos.quote.quotes;

import dk.renos.quote.terms.QuoteTerms;
import org.springframework.stereotype.Component;

/** Turns a quote into its API view with the configured terms (for every controller). */
@Component
public class QuoteViews {

  private final QuoteTerms terms;

  QuoteViews(QuoteTerms terms) {
    this.terms = terms;
  }

  public QuoteView view(Quote quote) {
    return QuoteView.from(quote, terms);
  }
}
