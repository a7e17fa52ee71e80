package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.InboundEmail;
import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail someone forwarded to us (a colleague, a partner, the customer's spouse): the original
 * message under a forward header block — Gmail's "---------- Forwarded message ---------", Apple
 * Mail's "Begin forwarded message:", Outlook's "-----Oprindelig meddelelse-----" or bare "Fra: /
 * Sendt: / Til: / Emne:" block under a "VS:"/"Fwd:" subject. {@link #inner} is that original mail,
 * its sender the one who wrote it; the forwarder's note above the block is dropped (it carries the
 * forwarder's signature, not the customer's).
 */
public final class ForwardedMail {

  private static final Pattern FORWARD_SUBJECT =
      Pattern.compile("(?iu)^(?:fwd?|fw|vs|wg|tr|videresend\\p{L}*)\\s*:.*");
  private static final Pattern MARKER =
      Pattern.compile(
          "(?imu)^[>\\s]*(?:-{2,}\\s*(?:forwarded\\s+message|videresendt\\s+(?:meddelelse|besked|e-?mail))\\s*-*"
              + "|(?:begin\\s+forwarded\\s+message|start\\s+på\\s+videresendt\\s+(?:besked|meddelelse))\\s*:)\\s*$");
  private static final Pattern REPLY_MARKER =
      Pattern.compile(
          "(?imu)^[>\\s]*-{2,}\\s*(?:oprindelig\\s+meddelelse|original\\s+message)\\s*-{2,}\\s*$");
  private static final Pattern BARE_HEADER =
      Pattern.compile("(?imu)^[>\\s]*(?:fra|from)\\s*:\\s*\\S");
  private static final Pattern HEADER =
      Pattern.compile(
          "(?iu)^(fra|from|sendt|sent|dato|date|til|to|cc|emne|subject|svar\\s+til|reply-to)\\s*:\\s*(.*)$");
  private static final Pattern NAME_BEFORE_ADDRESS =
      Pattern.compile("^\\s*\"?([^\"<\\[]*?)\"?\\s*[<\\[]");
  private static final int MAX_DEPTH = 3;

  private ForwardedMail() {}

  /** The forwarded original inside this mail, or empty when it is not a forward. */
  public static Optional<InboundEmail> inner(Mail mail) {
    String body = mail.body();
    boolean forwardSubject = FORWARD_SUBJECT.matcher(mail.subject()).matches();
    Matcher marker = MARKER.matcher(body);
    int start = -1;
    if (marker.find()) {
      start = marker.end();
    } else if (forwardSubject) {
      Matcher reply = REPLY_MARKER.matcher(body);
      Matcher bare = BARE_HEADER.matcher(body);
      if (reply.find()) {
        start = reply.end();
      } else if (bare.find()) {
        start = bare.start();
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    return parseBlock(body.substring(start));
  }

  /** Unwraps forwards of forwards, at most a few levels deep. */
  public static Mail innermost(Mail mail) {
    Mail current = mail;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Optional<InboundEmail> inner = inner(current);
      if (inner.isEmpty()) {
        break;
      }
      current = Mail.of(inner.get());
    }
    return current;
  }

  private static Optional<InboundEmail> parseBlock(String block) {
    String[] lines = block.split("\n", -1);
    String fromValue = null;
    String subject = "";
    String replyTo = null;
    int i = 0;
    while (i < lines.length && unquote(lines[i]).isBlank()) {
      i++;
    }
    boolean inHeaders = false;
    for (; i < lines.length; i++) {
      String line = unquote(lines[i]);
      Matcher h = HEADER.matcher(line.strip());
      if (h.matches()) {
        inHeaders = true;
        String name = h.group(1).toLowerCase(java.util.Locale.ROOT);
        String value = h.group(2).strip();
        switch (name) {
          case "fra", "from" -> fromValue = value;
          case "emne", "subject" -> subject = value;
          case "svar til", "reply-to" -> replyTo = value;
          default -> {
            // date and recipients say nothing about the customer
          }
        }
        continue;
      }
      if (inHeaders && line.isBlank()) {
        i++;
        break;
      }
      if (inHeaders) {
        // a header value folded onto the next line (long recipient lists)
        continue;
      }
      return Optional.empty();
    }
    if (fromValue == null) {
      return Optional.empty();
    }
    StringBuilder body = new StringBuilder();
    for (; i < lines.length; i++) {
      body.append(unquote(lines[i])).append('\n');
    }
    String address = EmailAddresses.normalise(fromValue);
    String name = "";
    Matcher n = NAME_BEFORE_ADDRESS.matcher(fromValue);
    if (n.find()) {
      name = n.group(1).strip();
    } else if (address == null) {
      name = fromValue;
    }
    return Optional.of(
        new InboundEmail(
            address == null ? "" : address,
            name,
            subject,
            body.toString(),
            replyTo == null ? java.util.List.of() : java.util.List.of(replyTo),
            false));
  }

  private static String unquote(String line) {
    return line.replaceFirst("^(?:>\\s?)+", "");
  }
}
