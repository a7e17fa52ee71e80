package dk.renos.email.ingest;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.Properties;

/**
 * What the body and attachment walkers both ask of a MIME part; lenient: a damaged header reads as
 * absent.
 */
final class MimeParts {

  /** UTF-8 headers (RFC 6532) and the loose addresses real senders write. */
  static final Session SESSION = Session.getInstance(sessionProperties());

  /** Nested multiparts and attached messages are followed this deep, no further. */
  static final int MAX_DEPTH = 20;

  private MimeParts() {}

  /** A text part that can be the body: not a file (no attachment disposition, no name). */
  static boolean isBodyText(Part part) throws MessagingException {
    return (part.isMimeType("text/plain") || part.isMimeType("text/html"))
        && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
        && fileName(part) == null;
  }

  static boolean isMessage(Part part) throws MessagingException {
    return part.isMimeType("message/rfc822") || part.isMimeType("message/global");
  }

  /**
   * The decoded file name, {@code null} when none; RFC 2047 words are decoded too, as Outlook sends
   * them.
   */
  static String fileName(Part part) {
    try {
      String name = part.getFileName();
      return name == null || name.isBlank() ? null : MailText.decodeWords(name).strip();
    } catch (MessagingException e) {
      return null;
    }
  }

  static ContentType contentType(Part part) {
    try {
      String header = part.getContentType();
      return header == null ? null : new ContentType(header);
    } catch (MessagingException e) {
      return null;
    }
  }

  /** The decoded, unfolded subject; empty when there is none. */
  static String subject(MimeMessage mime) {
    try {
      String raw = mime.getHeader("Subject", null);
      return raw == null ? "" : MailText.decodeWords(MimeUtility.unfold(raw)).strip();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static Properties sessionProperties() {
    Properties properties = new Properties();
    properties.setProperty("mail.mime.allowutf8", "true");
    properties.setProperty("mail.mime.address.strict", "false");
    return properties;
  }
}
