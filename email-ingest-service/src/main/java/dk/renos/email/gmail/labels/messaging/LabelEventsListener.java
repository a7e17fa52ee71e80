package dk.renos.email.gmail.labels.messaging;

import dk.renos.email.gmail.labels.LabelEvents;
import dk.renos.events.Topics;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteDrafted;
import dk.renos.events.quote.QuoteSent;
import dk.renos.support.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead, quote and booking events that change a thread's labels. The label change is queued in the
 * same transaction as the processed-message row, so a redelivered event queues nothing twice.
 */
@Component
class LabelEventsListener {

  private final EventInbox inbox;
  private final LabelEvents labels;

  LabelEventsListener(EventInbox inbox, LabelEvents labels) {
    this.inbox = inbox;
    this.labels = labels;
  }

  @KafkaListener(topics = Topics.LEAD)
  @Transactional
  public void onLead(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, LeadCreated.class, (event, lead) -> labels.on(lead));
  }

  @KafkaListener(topics = Topics.QUOTE)
  @Transactional
  public void onQuote(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, QuoteDrafted.class, (event, quote) -> labels.on(quote));
    inbox.handleOnce(record, QuoteSent.class, (event, quote) -> labels.on(quote));
  }

  @KafkaListener(topics = Topics.BOOKING)
  @Transactional
  public void onBooking(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, BookingConfirmed.class, (event, booking) -> labels.on(booking));
  }
}
