package dk.renos.email.gmail.labels;

import dk.renos.email.gmail.labels.LabelChanges.Action;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.email.EmailReceived;
import dk.renos.events.email.EmailSent;
import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteDrafted;
import dk.renos.events.quote.QuoteSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which event puts which label on which thread:
 *
 * <ul>
 *   <li>LeadCreated: the lead's thread gets Lead.
 *   <li>QuoteSent: the quote's thread (quote → lead → thread) gets Quote sent.
 *   <li>EmailSent: the thread gets Awaiting reply; an EmailReceived on it (the customer answered)
 *       removes it.
 *   <li>BookingConfirmed: the quote's thread gets Booked and loses Awaiting reply.
 * </ul>
 *
 * Lost has no event yet (nothing in RenOS marks a lead lost); the label is created so staff can use
 * it.
 */
@Component
public class LabelEvents {

  private static final Logger log = LoggerFactory.getLogger(LabelEvents.class);

  private final LabelChanges changes;

  LabelEvents(LabelChanges changes) {
    this.changes = changes;
  }

  public void on(LeadCreated lead) {
    if (lead.threadId() != null) {
      changes.linkLead(lead.leadId(), lead.threadId());
      changes.queue(lead.threadId(), RenosLabel.LEAD, Action.ADD);
    }
  }

  public void on(QuoteDrafted quote) {
    changes.linkQuote(quote.quoteId(), quote.leadId());
  }

  public void on(QuoteSent quote) {
    changes
        .threadOfQuote(quote.quoteId())
        .ifPresentOrElse(
            thread -> changes.queue(thread, RenosLabel.QUOTE_SENT, Action.ADD),
            () ->
                log.info(
                    "Quote {} sent, but no email thread is known for it; no label",
                    quote.quoteId()));
  }

  public void on(BookingConfirmed booking) {
    changes
        .threadOfQuote(booking.quoteId())
        .ifPresent(
            thread -> {
              changes.queue(thread, RenosLabel.BOOKED, Action.ADD);
              if (changes.carries(thread, RenosLabel.AWAITING_REPLY)) {
                changes.queue(thread, RenosLabel.AWAITING_REPLY, Action.REMOVE);
              }
            });
  }

  /** In-process, in the sender's transaction. */
  @EventListener
  public void on(EmailSent sent) {
    changes.queue(sent.threadId(), RenosLabel.AWAITING_REPLY, Action.ADD);
  }

  /** In-process, in the ingest transaction. */
  @EventListener
  public void on(EmailReceived received) {
    if (changes.carries(received.threadId(), RenosLabel.AWAITING_REPLY)) {
      changes.queue(received.threadId(), RenosLabel.AWAITING_REPLY, Action.REMOVE);
    }
  }
}
