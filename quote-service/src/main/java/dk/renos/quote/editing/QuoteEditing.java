package dk.renos.quote.editing;

import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteEdit;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.terms.QuoteTerms;
import dk.renos.support.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff's changes to a quote before approval, each kept with who made it, when, and the quote
 * before and after, in the same transaction as the change. A request that changes nothing leaves no
 * history.
 */
@Service
public class QuoteEditing {

  private static final Logger log = LoggerFactory.getLogger(QuoteEditing.class);

  private final QuoteRepository quotes;
  private final QuoteChanges changes;
  private final QuoteTerms terms;
  private final JsonMapper json;
  private final Clock clock;

  QuoteEditing(
      QuoteRepository quotes,
      QuoteChanges changes,
      QuoteTerms terms,
      JsonMapper json,
      Clock clock) {
    this.quotes = quotes;
    this.changes = changes;
    this.terms = terms;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @throws NotFoundException when there is no such quote
   * @throws dk.renos.quote.quotes.QuoteNotEditableException once it is approved (or unpriced)
   */
  @Transactional
  public Quote edit(UUID quoteId, QuoteEdit edit, String changedBy) {
    Quote quote =
        quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("quote", quoteId));
    QuoteSnapshot before = QuoteSnapshot.of(quote);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    quote.edit(edit, terms, now);
    QuoteSnapshot after = QuoteSnapshot.of(quote);
    if (after.equals(before)) {
      return quote;
    }
    quotes.saveAndFlush(quote);
    changes.save(
        new QuoteChange(
            quoteId,
            changedBy,
            now,
            json.writeValueAsString(before),
            json.writeValueAsString(after)));
    log.info("Quote {} changed by staff", quoteId);
    return quote;
  }
}
