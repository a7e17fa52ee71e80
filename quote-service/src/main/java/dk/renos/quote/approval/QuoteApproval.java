package dk.renos.quote.approval;

import dk.renos.events.email.SendEmailRequested;
import dk.renos.events.quote.QuoteApproved;
import dk.renos.events.quote.QuoteRejected;
import dk.renos.quote.mail.QuoteMails;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.staff.CurrentStaff;
import dk.renos.support.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person approves or rejects a drafted quote. Approval sends exactly the prepared mail (the one
 * the preview showed): in one transaction the quote becomes APPROVED with a new command id, and
 * {@code QuoteApproved} and the {@code SendEmailRequested} command (same id) go to the outbox. A
 * second or concurrent approval fails on the state or the quote's {@code @Version}, so there is one
 * command per quote. Whether anything leaves is email-ingest-service's dry-run switch.
 */
@Service
public class QuoteApproval {

  /** Who asks email-ingest-service to send; the approving person is in QuoteApproved. */
  static final String REQUESTED_BY = "quote-service";

  private static final Logger log = LoggerFactory.getLogger(QuoteApproval.class);

  private final QuoteRepository quotes;
  private final QuoteMails mails;
  private final CurrentStaff staff;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  QuoteApproval(
      QuoteRepository quotes,
      QuoteMails mails,
      CurrentStaff staff,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      Clock clock) {
    this.quotes = quotes;
    this.mails = mails;
    this.staff = staff;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * @throws NotFoundException when there is no such quote
   * @throws dk.renos.quote.quotes.QuoteStateException when it is not DRAFTED, or has no permitted
   *     recipient (staff must call the customer)
   */
  public Quote approve(UUID quoteId) {
    Quote prepared = mails.prepared(quoteId);
    String by = staff.name();
    return transaction.execute(
        status -> {
          Quote quote = find(quoteId);
          if (!prepared.getMailPreparedAt().equals(quote.getMailPreparedAt())) {
            // changed between preparing and approving: approve what the preview now shows
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
                Quote.class, quoteId);
          }
          Instant now = now();
          UUID commandId = UUID.randomUUID();
          quote.approve(by, commandId, now);
          quotes.saveAndFlush(quote);
          events.publishEvent(
              new QuoteApproved(
                  quote.getId(), quote.getLeadId(), quote.getCustomerId(), commandId, by, now));
          events.publishEvent(
              new SendEmailRequested(
                  commandId,
                  quote.getMailThreadId(),
                  quote.getMailTo(),
                  quote.getMailSubject(),
                  quote.getMailBody(),
                  REQUESTED_BY,
                  now));
          log.info(
              "Quote {} approved by {}: send command {} requested", quote.getId(), by, commandId);
          return quote;
        });
  }

  /**
   * @throws NotFoundException when there is no such quote
   * @throws dk.renos.quote.quotes.QuoteStateException unless DRAFTED or CUSTOM_QUOTE_REQUIRED
   */
  public Quote reject(UUID quoteId, String reason) {
    String by = staff.name();
    return transaction.execute(
        status -> {
          Quote quote = find(quoteId);
          Instant now = now();
          quote.reject(reason, by, now);
          quotes.saveAndFlush(quote);
          events.publishEvent(
              new QuoteRejected(
                  quote.getId(), quote.getLeadId(), quote.getCustomerId(), reason, by, now));
          log.info("Quote {} rejected by {}", quote.getId(), by);
          return quote;
        });
  }

  private Quote find(UUID quoteId) {
    return quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("quote", quoteId));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
