package dk.renos.quote.drafting;

import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteDrafted;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.quotes.LeadDetails;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteLines;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.quotes.QuoteStatus;
import dk.renos.quote.terms.QuoteTerms;
import dk.renos.support.jdbc.AdvisoryLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a lead with a quote: one quote row per lead, whatever the outcome, and {@code
 * QuoteDrafted} only for a quote that is priced and waiting for approval.
 *
 * <p>Duplicate guard (DOMAIN.md): the distance between this lead's {@code receivedAt} and the lead
 * time of the customer's other DRAFTED, SENT or ACCEPTED quotes decides: under 7 days blocks, 7 to
 * 30 days (inclusive) drafts with a warning, more is fine. Lead times rather than processing times,
 * so a replayed or delayed lead is judged by when the customer asked; in both directions, so leads
 * processed out of order are judged the same way.
 */
@Service
public class QuoteDrafting {

  static final Duration BLOCK_WITHIN = Duration.ofDays(7);
  static final Duration WARN_WITHIN = Duration.ofDays(30);
  private static final Set<QuoteStatus> COUNTED =
      EnumSet.of(QuoteStatus.DRAFTED, QuoteStatus.SENT, QuoteStatus.ACCEPTED);

  private final QuoteRepository quotes;
  private final PricingEngine pricing;
  private final ApplicationEventPublisher events;
  private final AdvisoryLocks locks;
  private final QuoteTerms terms;
  private final Clock clock;

  QuoteDrafting(
      QuoteRepository quotes,
      PricingEngine pricing,
      ApplicationEventPublisher events,
      AdvisoryLocks locks,
      QuoteTerms terms,
      Clock clock) {
    this.quotes = quotes;
    this.pricing = pricing;
    this.terms = terms;
    this.events = events;
    this.locks = locks;
    this.clock = clock;
  }

  /**
   * The quote made for this lead, or empty when the lead already has one (a lead is quoted once).
   */
  @Transactional
  public Optional<Quote> draftFor(LeadCreated lead) {
    if (quotes.existsByLeadId(lead.leadId())) {
      return Optional.empty();
    }
    // Two leads of one customer are judged one after the other, also across replicas.
    locks.lockUntilCommit("quote-customer:" + lead.customerId());

    LeadDetails details = LeadPricing.details(lead);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Optional<Quote> nearest = nearestCountedQuote(lead);
    Quote quote;
    if (nearest.isPresent() && distance(lead, nearest.get()).compareTo(BLOCK_WITHIN) < 0) {
      quote =
          Quote.blockedDuplicate(
              details,
              nearest.get().getId(),
              "customer has quote "
                  + nearest.get().getId()
                  + " for a lead "
                  + distance(lead, nearest.get()).toHours()
                  + " h apart (less than 7 days)",
              now);
    } else {
      quote =
          switch (LeadPricing.request(lead)) {
            case LeadPricing.MissingDetails missing ->
                Quote.needsDetails(details, missing.reason(), now);
            case LeadPricing.Priceable priceable -> {
              PriceEstimate estimate = pricing.estimate(priceable.request());
              PriceEstimate regular =
                  LeadPricing.regularVisit(priceable.request())
                      .map(pricing::estimate)
                      .orElse(estimate);
              yield Quote.priced(
                  details,
                  estimate,
                  QuoteLines.from(priceable.request(), estimate, regular),
                  terms,
                  nearest.map(Quote::getId).orElse(null),
                  now);
            }
          };
    }
    quotes.saveAndFlush(
        quote); // constraint failures surface here, before anyone logs the quote as made
    if (quote.getStatus() == QuoteStatus.DRAFTED) {
      events.publishEvent(
          new QuoteDrafted(
              quote.getId(),
              quote.getLeadId(),
              quote.getCustomerId(),
              quote.getServiceType(),
              quote.getPersons(),
              quote.getHoursOnSite(),
              quote.getPriceInclVatOre(),
              quote.getPriceAfterDeductionOre(),
              quote.getVisitMinutes(),
              quote.getCreatedAt()));
    }
    return Optional.of(quote);
  }

  private Optional<Quote> nearestCountedQuote(LeadCreated lead) {
    return quotes
        .findByCustomerIdAndStatusInAndLeadReceivedAtBetween(
            lead.customerId(),
            COUNTED,
            lead.receivedAt().minus(WARN_WITHIN),
            lead.receivedAt().plus(WARN_WITHIN))
        .stream()
        .min(Comparator.comparing(other -> distance(lead, other)));
  }

  private static Duration distance(LeadCreated lead, Quote other) {
    return Duration.between(other.getLeadReceivedAt(), lead.receivedAt()).abs();
  }
}
