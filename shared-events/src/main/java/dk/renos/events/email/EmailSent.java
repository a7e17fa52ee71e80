package dk.renos.events.email;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by email-ingest-service when Gmail has accepted an outgoing message (a quote, a
 * confirmation, a reply). Not published in dry-run, where nothing is sent. Key: {@code threadId}.
 *
 * @param messageId RenOS id of the stored outgoing message
 * @param threadId RenOS id of the thread it belongs to; the Kafka key
 * @param toAddress the customer address it went to
 * @param subject subject as sent
 * @param sentAt when Gmail accepted it
 */
public record EmailSent(
    UUID messageId, UUID threadId, String toAddress, String subject, Instant sentAt) {

  public EmailSent {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(toAddress, "toAddress");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
