package dk.renos.quote.acceptance;

import dk.renos.events.quote.QuoteAccepted;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.support.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that the customer accepted a quote and publishes {@code QuoteAccepted} in the same
 * transaction. Two concurrent acceptances publish once: the quote's {@code @Version} makes the
 * second update fail ({@link org.springframework.orm.ObjectOptimisticLockingFailureException}),
 * which rolls back its publication.
 */
@Service
public class QuoteAcceptance {

  private static final Logger log = LoggerFactory.getLogger(QuoteAcceptance.class);

  private final QuoteRepository quotes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  QuoteAcceptance(QuoteRepository quotes, ApplicationEventPublisher events, Clock clock) {
    this.quotes = quotes;
    this.events = events;
    this.clock = clock;
  }

  /**
   * @throws NotFoundException when there is no such quote
   * @throws dk.renos.quote.quotes.QuoteNotAcceptableException when it is not DRAFTED or SENT
   */
  @Transactional
  public Quote accept(UUID quoteId) {
    Quote quote =
        quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("quote", quoteId));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    quote.accept(now);
    quotes.saveAndFlush(quote);
    events.publishEvent(
        new QuoteAccepted(
            quote.getId(),
            quote.getLeadId(),
            quote.getCustomerId(),
            quote.getVisitMinutes(),
            now,
            null,
            null));
    log.info(
        "Quote {} accepted for lead {} customer {}",
        quote.getId(),
        quote.getLeadId(),
        quote.getCustomerId());
    return quote;
  }
}
