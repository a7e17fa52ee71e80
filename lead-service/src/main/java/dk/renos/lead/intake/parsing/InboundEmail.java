package dk.renos.lead.intake.parsing;

import java.util.List;
import java.util.Objects;

/**
 * One received e-mail as the lead parser sees it: the sender's address, the sender's display name,
 * the subject, the plain-text body (HTML-to-text and charset decoding happen before this) and the
 * Reply-To addresses, and whether its headers mark it as bulk or automatic mail (List-Unsubscribe,
 * Precedence: bulk/list/junk, Auto-Submitted). Nulls are turned into empty values.
 */
public record InboundEmail(
    String from,
    String fromName,
    String subject,
    String bodyText,
    List<String> replyTo,
    boolean bulkOrAutomatic) {

  public InboundEmail {
    from = from == null ? "" : from.strip();
    fromName = fromName == null ? "" : fromName.strip();
    subject = subject == null ? "" : subject.strip();
    bodyText = bodyText == null ? "" : bodyText;
    replyTo = replyTo == null ? List.of() : replyTo.stream().filter(Objects::nonNull).toList();
  }

  public InboundEmail(String from, String fromName, String subject, String bodyText) {
    this(from, fromName, subject, bodyText, List.of(), false);
  }

  public InboundEmail(
      String from, String fromName, String subject, String bodyText, List<String> replyTo) {
    this(from, fromName, subject, bodyText, replyTo, false);
  }
}
