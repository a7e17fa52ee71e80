package dk.renos.lead.intake.parsing.corpus;

import dk.renos.lead.intake.parsing.InboundEmail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns a corpus {@code .eml} into the {@link InboundEmail} lead intake would get for it: what
 * email-ingest puts into {@code EmailReceived} (sender, display name, decoded subject, the first
 * text/plain part else the HTML rendered as text, Reply-To, and the bulk/automatic headers).
 * Quoted-printable, base64 and the declared charset (ISO-8859-1 read as windows-1252, as
 * email-ingest does) are decoded by Jakarta Mail.
 */
final class EmlReader {

  private static final Session SESSION = Session.getInstance(new Properties());

  private EmlReader() {}

  static InboundEmail read(byte[] raw) {
    try {
      MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
      InternetAddress from = (InternetAddress) mime.getFrom()[0];
      List<String> replyTo = new ArrayList<>();
      String replyToHeader = mime.getHeader("Reply-To", ",");
      if (replyToHeader != null) {
        for (InternetAddress a : InternetAddress.parseHeader(replyToHeader, false)) {
          replyTo.add(a.getAddress());
        }
      }
      boolean bulk =
          mime.getHeader("List-Unsubscribe", ",") != null
              || automatic(mime.getHeader("Auto-Submitted", ","))
              || bulkPrecedence(mime.getHeader("Precedence", ","));
      return new InboundEmail(
          from.getAddress(), from.getPersonal(), mime.getSubject(), body(mime), replyTo, bulk);
    } catch (MessagingException | IOException e) {
      throw new IllegalArgumentException("not a readable message: " + e.getMessage(), e);
    }
  }

  private static boolean automatic(String value) {
    return value != null && !value.strip().equalsIgnoreCase("no");
  }

  private static boolean bulkPrecedence(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return v.equals("bulk") || v.equals("list") || v.equals("junk");
  }

  private static String body(Part part) throws MessagingException, IOException {
    String plain = find(part, "text/plain");
    if (plain != null && !plain.isBlank()) {
      return plain;
    }
    String html = find(part, "text/html");
    return html == null ? "" : HtmlText.of(html);
  }

  private static String find(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = find(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
