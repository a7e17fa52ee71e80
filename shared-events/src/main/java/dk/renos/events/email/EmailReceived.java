package dk.renos.events.email;

import dk.renos.events.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by email-ingest-service once for every inbound message it stores (new mail, or mail
 * found by reconciliation). Key: {@code threadId}.
 *
 * <p>Contains personal data (addresses, names, body): subscribers that keep it must honour erasure.
 *
 * @param messageId RenOS id of the stored message
 * @param threadId RenOS id of the thread; the Kafka key
 * @param rfc822MessageId the {@code Message-ID} header, angle brackets included
 * @param inReplyTo the {@code In-Reply-To} header, {@code null} for the first message of a thread
 * @param fromAddress sender address as written in {@code From}
 * @param fromName sender display name, {@code null} when the header has none
 * @param to recipient addresses ({@code To}), possibly empty
 * @param subject decoded subject, empty when the message has none
 * @param bodyText plain-text body (HTML-only mail converted to text), UTF-8 decoded
 * @param receivedAt when the mailbox received the message
 */
public record EmailReceived(
    UUID messageId,
    UUID threadId,
    String rfc822MessageId,
    @Nullable String inReplyTo,
    String fromAddress,
    @Nullable String fromName,
    List<String> to,
    String subject,
    String bodyText,
    Instant receivedAt) {

  public EmailReceived {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(rfc822MessageId, "rfc822MessageId");
    Objects.requireNonNull(fromAddress, "fromAddress");
    to = List.copyOf(Objects.requireNonNull(to, "to"));
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(bodyText, "bodyText");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
