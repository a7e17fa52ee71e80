package dk.renos.quote.approval.messaging;

import dk.renos.events.Topics;
import dk.renos.events.email.EmailSent;
import dk.renos.events.quote.QuoteSent;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.support.messaging.EventInbox;
import dk.renos.support.messaging.InboundEvent;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes {@code email.events}: an {@code EmailSent} whose {@code commandId} is an approved
 * quote's send command moves that quote to SENT and publishes {@code QuoteSent}, in one
 * transaction, once per event id ({@code EventInbox}). Mails no quote asked for (no or another
 * command id) are skipped.
 */
@Component
class EmailSentEvents {

  private static final Logger log = LoggerFactory.getLogger(EmailSentEvents.class);

  private final EventInbox inbox;
  private final QuoteRepository quotes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EmailSentEvents(
      EventInbox inbox, QuoteRepository quotes, ApplicationEventPublisher events, Clock clock) {
    this.inbox = inbox;
    this.quotes = quotes;
    this.events = events;
    this.clock = clock;
  }

  @KafkaListener(topics = Topics.EMAIL)
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, EmailSent.class, this::emailSent);
  }

  private void emailSent(InboundEvent<?> event, EmailSent sent) {
    if (sent.commandId() == null) {
      return;
    }
    quotes
        .findBySendCommandId(sent.commandId())
        .ifPresent(
            quote -> {
              if (!quote.markSent(
                  sent.messageId(),
                  sent.sentAt(),
                  clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
                log.info(
                    "Quote {} is {}: EmailSent {} changes nothing",
                    quote.getId(),
                    quote.getStatus(),
                    event.id());
                return;
              }
              quotes.saveAndFlush(quote);
              events.publishEvent(
                  new QuoteSent(
                      quote.getId(), quote.getCustomerId(), sent.messageId(), sent.sentAt()));
              log.info(
                  "Quote {} sent as email message {} (event {})",
                  quote.getId(),
                  sent.messageId(),
                  event.id());
            });
  }
}
