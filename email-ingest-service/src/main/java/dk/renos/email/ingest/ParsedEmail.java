package dk.renos.email.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What ingest keeps of a raw RFC 822 message, headers decoded and the body as plain text.
 *
 * @param messageId the Message-ID with angle brackets, or {@code <sha256@renos.local>} when missing
 * @param syntheticMessageId whether {@code messageId} was made up from the raw bytes
 * @param inReplyTo the first {@code <id>} of In-Reply-To, {@code null} when absent
 * @param references the {@code <id>}s of References, oldest first
 * @param fromName display name of the sender, {@code null} when none
 * @param subject decoded subject, empty when none
 * @param sentAt the Date header, {@code null} when missing or unreadable
 * @param bodyText text/plain body (or HTML converted to text), line breaks as {@code \n}; empty
 *     when none
 * @param attachments every part that is not body text, in message order
 * @param replyTo addresses of Reply-To, in header order; empty when absent
 * @param listUnsubscribe the List-Unsubscribe header, unfolded, {@code null} when absent
 * @param autoSubmitted the Auto-Submitted header (RFC 3834), {@code null} when absent
 * @param precedence the Precedence header ({@code bulk}, {@code list}), {@code null} when absent
 */
public record ParsedEmail(
    String messageId,
    boolean syntheticMessageId,
    String inReplyTo,
    List<String> references,
    String fromAddress,
    String fromName,
    List<String> to,
    String subject,
    Instant sentAt,
    String bodyText,
    List<Attachment> attachments,
    List<String> replyTo,
    String listUnsubscribe,
    String autoSubmitted,
    String precedence) {

  public ParsedEmail {
    replyTo = List.copyOf(replyTo);
    references = List.copyOf(references);
    to = List.copyOf(to);
    attachments = List.copyOf(attachments);
  }

  /**
   * The messages this one answers, the most telling first: In-Reply-To, then References newest
   * first.
   */
  public List<String> parentIds() {
    LinkedHashSet<String> parents = new LinkedHashSet<>();
    if (inReplyTo != null) {
      parents.add(inReplyTo);
    }
    List<String> newestFirst = new ArrayList<>(references);
    java.util.Collections.reverse(newestFirst);
    parents.addAll(newestFirst);
    parents.remove(messageId);
    return List.copyOf(parents);
  }
}
