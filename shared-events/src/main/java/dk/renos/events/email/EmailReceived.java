package dk.renos.events.email;

import dk.renos.events.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by email-ingest-service once for every inbound message it stores (new mail, or mail
 * found by reconciliation). Key: {@code threadId}.
 *
 * <p>Contains personal data (addresses, names, body): subscribers that keep it must honour erasure.
 *
 * <p>The last six fields were added in v1 (additive): events already on the topic lack them, so a
 * consumer reads a missing list as empty and a missing {@code backfill} as {@code false}.
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
 * @param replyTo addresses of {@code Reply-To}, possibly empty (a portal may put the customer
 *     there); absent in older events
 * @param references the message ids of {@code References}, oldest first, possibly empty
 * @param listUnsubscribe the {@code List-Unsubscribe} header (mailing lists, newsletters), {@code
 *     null} when absent
 * @param autoSubmitted the {@code Auto-Submitted} header (RFC 3834: {@code auto-generated}, {@code
 *     auto-replied}), {@code null} when absent
 * @param precedence the {@code Precedence} header ({@code bulk}, {@code list}, {@code junk}),
 *     {@code null} when absent
 * @param backfill {@code true} for mail imported by a mailbox's initial (full) sync, i.e. history
 *     rather than new mail; {@code null} (older events) means {@code false}
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
    Instant receivedAt,
    @Nullable List<String> replyTo,
    @Nullable List<String> references,
    @Nullable String listUnsubscribe,
    @Nullable String autoSubmitted,
    @Nullable String precedence,
    @Nullable Boolean backfill) {

  public EmailReceived {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(rfc822MessageId, "rfc822MessageId");
    Objects.requireNonNull(fromAddress, "fromAddress");
    to = List.copyOf(Objects.requireNonNull(to, "to"));
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(bodyText, "bodyText");
    Objects.requireNonNull(receivedAt, "receivedAt");
    replyTo = replyTo == null ? List.of() : List.copyOf(replyTo);
    references = references == null ? List.of() : List.copyOf(references);
  }

  /**
   * The v1 shape before the additive fields: no Reply-To, references or list headers, live mail.
   */
  public EmailReceived(
      UUID messageId,
      UUID threadId,
      String rfc822MessageId,
      String inReplyTo,
      String fromAddress,
      String fromName,
      List<String> to,
      String subject,
      String bodyText,
      Instant receivedAt) {
    this(
        messageId,
        threadId,
        rfc822MessageId,
        inReplyTo,
        fromAddress,
        fromName,
        to,
        subject,
        bodyText,
        receivedAt,
        List.of(),
        List.of(),
        null,
        null,
        null,
        false);
  }

  /** Whether this mail came from a mailbox's initial sync (history), not as new mail. */
  public boolean fromInitialSync() {
    return Boolean.TRUE.equals(backfill);
  }

  /**
   * Whether the headers mark the mail as machine-sent to many or automatic (a newsletter, a list, a
   * notification, an auto-reply): never a person writing to us.
   */
  public boolean looksBulkOrAutomatic() {
    boolean automatic =
        autoSubmitted != null && !autoSubmitted.trim().toLowerCase(Locale.ROOT).equals("no");
    String kind = precedence == null ? "" : precedence.trim().toLowerCase(Locale.ROOT);
    return listUnsubscribe != null
        || automatic
        || kind.equals("bulk")
        || kind.equals("list")
        || kind.equals("junk");
  }
}
