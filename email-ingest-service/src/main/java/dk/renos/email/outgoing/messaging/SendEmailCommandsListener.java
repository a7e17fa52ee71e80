package dk.renos.email.outgoing.messaging;

import dk.renos.email.outgoing.OutgoingEmails;
import dk.renos.events.Topics;
import dk.renos.events.email.SendEmailRequested;
import dk.renos.support.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link SendEmailRequested} on {@code email.commands} as an outgoing email, once:
 * the CloudEvent id is recorded in {@code processed_message} in the row's transaction, and the
 * command id is unique on the row, so a redelivery (or the same command sent again under a new
 * event id) changes nothing. Sending happens later, in {@code OutgoingSender}; see
 * docs/messaging.md for retries and dead letters.
 */
@Component
class SendEmailCommandsListener {

  private final EventInbox inbox;
  private final OutgoingEmails outgoing;

  SendEmailCommandsListener(EventInbox inbox, OutgoingEmails outgoing) {
    this.inbox = inbox;
    this.outgoing = outgoing;
  }

  @KafkaListener(topics = Topics.EMAIL_COMMANDS)
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(
        record, SendEmailRequested.class, (event, command) -> outgoing.acceptCommand(command));
  }
}
