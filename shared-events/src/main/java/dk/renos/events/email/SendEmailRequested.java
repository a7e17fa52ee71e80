package dk.renos.events.email;

import dk.renos.events.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A command, not an event: asks email-ingest-service to send one email from the connected mailbox,
 * as a reply in an existing RenOS thread or as a new conversation. Sent by other RenOS services
 * (e.g. quote-service for an approved quote) on {@link dk.renos.events.Topics#EMAIL_COMMANDS}; the
 * result is {@link EmailSent} once Gmail has accepted it. Nothing leaves in dry-run (the default),
 * and nothing is ever sent to {@code @leadmail.no} or {@code @adhelp.dk}. Key: {@code commandId}.
 *
 * <p>Idempotent: the same {@code commandId} sent twice is one email. Contains personal data
 * (address, body): never log it.
 *
 * @param commandId idempotency key chosen by the requester; the Kafka key
 * @param threadId RenOS thread to answer, {@code null} to start a new conversation
 * @param to the one recipient address
 * @param subject subject; a reply gets {@code Re: <thread subject>} unless this already starts with
 *     {@code Re:}
 * @param bodyText plain-text body, UTF-8
 * @param requestedBy who asks: a service name (e.g. {@code quote-service}) or a staff username
 * @param requestedAt when it was requested
 */
public record SendEmailRequested(
    UUID commandId,
    @Nullable UUID threadId,
    String to,
    String subject,
    String bodyText,
    String requestedBy,
    Instant requestedAt) {

  public SendEmailRequested {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(bodyText, "bodyText");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}
