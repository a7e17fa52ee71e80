package dk.renos.lead.intake.messaging;

import dk.renos.events.Topics;
import dk.renos.events.email.EmailReceived;
import dk.renos.lead.intake.IntakeOutcome;
import dk.renos.lead.intake.LeadIntake;
import dk.renos.support.messaging.EventInbox;
import dk.renos.support.messaging.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes {@code email.events}: every {@link EmailReceived} goes through lead intake exactly once
 * per event id (the processed-message row commits with the effect). Other e-mail events ({@code
 * EmailSent}) and unknown types are skipped. Logs one line per handled event, with ids only.
 */
@Component
class EmailEventsListener {

  private static final Logger log = LoggerFactory.getLogger(EmailEventsListener.class);

  private final EventInbox inbox;
  private final LeadIntake intake;

  EmailEventsListener(EventInbox inbox, LeadIntake intake) {
    this.inbox = inbox;
    this.intake = intake;
  }

  @KafkaListener(topics = Topics.EMAIL)
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, EmailReceived.class, this::handle);
  }

  private void handle(InboundEvent<?> event, EmailReceived email) {
    switch (intake.handle(email)) {
      case IntakeOutcome.Created created ->
          log.info(
              "Lead {} created from email {} for {} customer {}",
              created.leadId(),
              email.messageId(),
              created.newCustomer() ? "new" : "existing",
              created.customerId());
      case IntakeOutcome.HeldForReview review ->
          log.info(
              "Lead {} from email {} held for manual review: {}",
              review.leadId(),
              email.messageId(),
              review.reason());
      case IntakeOutcome.FiledAsHistorical historical ->
          log.info(
              "Lead {} from email {} filed as historical (mail older than the cut-off){}",
              historical.leadId(),
              email.messageId(),
              historical.newCustomer() ? ", new customer" : "");
      case IntakeOutcome.NotALead notALead ->
          log.info("Email {} is not a lead: {}", email.messageId(), notALead.reason());
      case IntakeOutcome.AlreadyHandled handled ->
          log.info(
              "Email {} already has lead {}, event {} ignored",
              email.messageId(),
              handled.leadId(),
              event.id());
    }
  }
}
