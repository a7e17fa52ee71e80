package dk.renos.events.email;

import dk.renos.events.Nullable;
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
 * @param commandId the {@link SendEmailRequested#commandId()} this mail answered, so the requester
 *     (e.g. quote-service) can tell which of its requests went out; {@code null} for a mail that no
 *     command asked for, and in events from before this field existed
 */
public record EmailSent(
    UUID messageId,
    UUID threadId,
    String toAddress,
    String subject,
    Instant sentAt,
    @Nullable UUID commandId) {

  public EmailSent {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(toAddress, "toAddress");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
