package dk.renos.email.outgoing;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes an outgoing email as RFC 822 bytes for Gmail's {@code messages.send}: one UTF-8 {@code
 * text/plain} part, quoted-printable (so æ, ø, å survive any relay and stay readable), the Subject
 * RFC 2047 encoded when it is not ASCII, our own Message-ID, and In-Reply-To/References for a
 * reply.
 */
@Component
public class MimeComposer {

  private static final Session SESSION = Session.getInstance(new Properties());

  /**
   * What to write.
   *
   * @param from the connected mailbox address
   * @param to the one recipient (already checked by {@link RecipientPolicy})
   * @param messageId our Message-ID, angle brackets included ({@link #newMessageId(String)})
   * @param inReplyTo the Message-ID answered, or {@code null} for a new conversation
   * @param references the References chain, oldest first (empty for a new conversation)
   */
  public record Draft(
      String from,
      String to,
      String subject,
      String bodyText,
      String messageId,
      String inReplyTo,
      List<String> references,
      Instant date) {

    public Draft {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(bodyText, "bodyText");
      Objects.requireNonNull(messageId, "messageId");
      references = List.copyOf(references);
      Objects.requireNonNull(date, "date");
    }
  }

  /** A fresh Message-ID in the mailbox's own domain: {@code <uuid@domain>}. */
  public static String newMessageId(String mailbox) {
    int at = mailbox == null ? -1 : mailbox.lastIndexOf('@');
    String domain =
        at >= 0 && at < mailbox.length() - 1
            ? mailbox.substring(at + 1).strip().toLowerCase(Locale.ROOT)
            : "renos.local";
    return "<" + UUID.randomUUID() + "@" + domain + ">";
  }

  public byte[] compose(Draft draft) {
    try {
      MimeMessage message = new FixedIdMimeMessage(draft.messageId());
      message.setFrom(new InternetAddress(draft.from(), true));
      message.setRecipient(RecipientType.TO, new InternetAddress(draft.to(), true));
      message.setSubject(oneLine(draft.subject()), "UTF-8");
      message.setSentDate(Date.from(draft.date()));
      if (draft.inReplyTo() != null) {
        message.setHeader("In-Reply-To", draft.inReplyTo());
      }
      if (!draft.references().isEmpty()) {
        message.setHeader(
            "References",
            MimeUtility.fold("References: ".length(), String.join(" ", draft.references())));
      }
      message.setText(crlf(draft.bodyText()), "UTF-8", "plain");
      message.setHeader("Content-Transfer-Encoding", "quoted-printable");
      message.saveChanges();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalArgumentException("cannot compose the message: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A header value never spans lines of its own: a line break could inject headers. */
  static String oneLine(String value) {
    return value.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  /** Text line ends as RFC 5322 wants them: CRLF. */
  static String crlf(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }

  /** Jakarta Mail would otherwise replace our Message-ID with its own on {@code saveChanges()}. */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(String messageId) {
      super(SESSION);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
