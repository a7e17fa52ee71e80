package dk.renos.email.ingest;

import static dk.renos.email.ingest.MimeParts.MAX_DEPTH;
import static dk.renos.email.ingest.MimeParts.SESSION;
import static dk.renos.email.ingest.MimeParts.contentType;
import static dk.renos.email.ingest.MimeParts.fileName;
import static dk.renos.email.ingest.MimeParts.isBodyText;
import static dk.renos.email.ingest.MimeParts.isMessage;
import static dk.renos.email.ingest.MimeParts.subject;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every part of a message that is not its body text, as an {@link Attachment}: name, type, decoded
 * size and whether it is shown inline (an image of multipart/related, or an inline part with a
 * name). An attached message without a name is named after its subject.
 */
final class AttachmentList {

  /**
   * More parts than this are not recorded: the list is stored row by row, and no real mail comes
   * close.
   */
  private static final int MAX_ATTACHMENTS = 200;

  private AttachmentList() {}

  static List<Attachment> of(MimeMessage mime) {
    List<Attachment> found = new ArrayList<>();
    try {
      collect(mime, false, 0, found);
    } catch (MessagingException | IOException e) {
      // The body was readable, so the message is kept: a damaged part further on only ends the list
      // early.
    }
    return found;
  }

  private static void collect(Part part, boolean inRelated, int depth, List<Attachment> found)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH || found.size() >= MAX_ATTACHMENTS) {
      return;
    }
    if (part.isMimeType("multipart/*")) {
      if (part.getContent() instanceof Multipart multipart) {
        boolean related = part.isMimeType("multipart/related");
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i), related, depth + 1, found);
        }
      }
    } else if (!isBodyText(part)) {
      found.add(attachment(part, inRelated));
    }
  }

  private static Attachment attachment(Part part, boolean inRelated) throws MessagingException {
    String name = fileName(part);
    boolean inline =
        inRelated && part.getHeader("Content-ID") != null
            || Part.INLINE.equalsIgnoreCase(part.getDisposition()) && name != null;
    ContentType type = contentType(part);
    String mimeType =
        type == null ? "application/octet-stream" : type.getBaseType().toLowerCase(Locale.ROOT);
    if (!isMessage(part)) {
      return new Attachment(name, mimeType, decodedSize(part), inline);
    }
    byte[] bytes = decoded(part);
    if (name == null) {
      String subject = subject(messageOrNull(bytes));
      name = subject.isEmpty() ? null : subject + ".eml";
    }
    return new Attachment(name, mimeType, bytes.length, inline);
  }

  private static MimeMessage messageOrNull(byte[] bytes) {
    try {
      return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    } catch (MessagingException e) {
      return new MimeMessage(SESSION);
    }
  }

  /** Counted, not taken from a size header (senders' size parameters are often wrong). */
  private static long decodedSize(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | MessagingException e) {
      return decodedSizeUpToDamage(part);
    }
  }

  /**
   * A damaged encoding counts what decodes before the damage: one bad attachment must not cost the
   * message. Byte by byte, because a failing bulk read of the decoder loses the whole block it was
   * decoding.
   */
  private static long decodedSizeUpToDamage(Part part) {
    long size = 0;
    try (InputStream in = part.getInputStream()) {
      while (in.read() != -1) {
        size++;
      }
    } catch (IOException | MessagingException e) {
      // the count so far
    }
    return size;
  }

  private static byte[] decoded(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException | MessagingException e) {
      return new byte[0];
    }
  }
}
