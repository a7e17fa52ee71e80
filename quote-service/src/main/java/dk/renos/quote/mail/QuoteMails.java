package dk.renos.quote.mail;

import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.customer.CustomerContacts;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.quotes.QuoteStateException;
import dk.renos.quote.quotes.QuoteStatus;
import dk.renos.support.web.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prepares a drafted quote's mail once and keeps it on the quote, so the preview staff read is
 * exactly what approval sends: the rendered text, the recipient and thread by the lead source's
 * rule, and the accept link (a fresh nonce; only the token's hash is stored). A change to the quote
 * drops the prepared mail and the next preview renders it again, with fresh slots and a new link.
 */
@Service
public class QuoteMails {

  private static final Logger log = LoggerFactory.getLogger(QuoteMails.class);

  private final QuoteRepository quotes;
  private final CustomerContacts contacts;
  private final QuoteMailTemplate template;
  private final BookingSlots slots;
  private final AcceptLinks links;
  private final MailParagraphs paragraphs;
  private final ParagraphCalls calls;
  private final TransactionTemplate transaction;
  private final Clock clock;

  QuoteMails(
      QuoteRepository quotes,
      CustomerContacts contacts,
      QuoteMailTemplate template,
      BookingSlots slots,
      AcceptLinks links,
      MailParagraphs paragraphs,
      ParagraphCalls calls,
      TransactionTemplate transaction,
      Clock clock) {
    this.quotes = quotes;
    this.contacts = contacts;
    this.template = template;
    this.slots = slots;
    this.links = links;
    this.paragraphs = paragraphs;
    this.calls = calls;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * The quote with its prepared mail: rendered and stored now when a DRAFTED quote has none yet.
   * Booking-service is asked for slots outside any transaction (it may take up to the slots
   * timeout); unreachable → the mail says we will propose times, and {@code mailSlotsOffered} is
   * false.
   *
   * @throws NotFoundException when there is no such quote
   * @throws QuoteStateException when it has no mail and is not DRAFTED (unpriced, rejected, ...)
   */
  public Quote prepared(UUID quoteId) {
    Quote quote = find(quoteId);
    if (quote.hasPreparedMail()) {
      return quote;
    }
    if (quote.getStatus() != QuoteStatus.DRAFTED) {
      throw new QuoteStateException(quoteId, quote.getStatus(), "have a mail");
    }
    Optional<List<Slot>> free = slots.freeSlots(quote.getVisitMinutes());
    // the model, too, is asked outside any transaction (it may take up to its timeout)
    MailParagraphs.Written written =
        paragraphs.write(quote, contacts.findById(quote.getCustomerId()).orElse(null));
    return transaction.execute(
        status -> {
          Quote fresh = find(quoteId);
          if (fresh.hasPreparedMail()) {
            return fresh;
          }
          CustomerContact contact = contacts.findById(fresh.getCustomerId()).orElse(null);
          String nonce = links.newNonce();
          String token = links.token(quoteId, nonce);
          boolean staffChangedMeanwhile =
              !java.util.Objects.equals(fresh.getOpeningText(), quote.getOpeningText())
                  || !java.util.Objects.equals(fresh.getClosingText(), quote.getClosingText());
          if (staffChangedMeanwhile) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
                Quote.class, quoteId);
          }
          QuoteMail mail =
              template.render(
                  fresh, contact, free, links.url(token), written.opening(), written.closing());
          if (written.call() != null) {
            calls.save(written.call());
          }
          QuoteRecipients.Recipient recipient =
              QuoteRecipients.of(fresh.getLeadSource(), fresh.getLeadThreadId(), contact);
          fresh.prepareMail(
              mail.subject(),
              mail.body(),
              mail.slotsOffered(),
              recipient.to().orElse(null),
              recipient.threadId(),
              nonce,
              AcceptLinks.hash(token),
              written.source().name(),
              clock.instant().truncatedTo(ChronoUnit.MILLIS));
          Quote saved = quotes.saveAndFlush(fresh);
          log.info(
              "Quote {} mail prepared: slots offered {}, recipient {}, {}",
              quoteId,
              mail.slotsOffered(),
              recipient.to().isPresent() ? "permitted" : "none (call the customer)",
              recipient.threadId() != null
                  ? "reply in thread " + recipient.threadId()
                  : "new mail");
          return saved;
        });
  }

  private Quote find(UUID quoteId) {
    return quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("quote", quoteId));
  }
}
