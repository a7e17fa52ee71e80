package dk.renos.email.ingest;

import static dk.renos.email.ingest.MimeParts.MAX_DEPTH;
import static dk.renos.email.ingest.MimeParts.SESSION;
import static dk.renos.email.ingest.MimeParts.contentType;
import static dk.renos.email.ingest.MimeParts.isBodyText;
import static dk.renos.email.ingest.MimeParts.isMessage;
import static dk.renos.email.ingest.MimeParts.subject;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a raw RFC 822 / MIME message with Jakarta Mail (Eclipse Angus).
 *
 * <ul>
 *   <li>Headers: RFC 2047 encoded words are decoded (adjacent words of one charset joined first, so
 *       a letter split between two words survives); raw UTF-8 in headers (RFC 6532) is read as
 *       UTF-8.
 *   <li>Body: in multipart/alternative and multipart/mixed the first text/plain part (found depth
 *       first), else the first text/html one, which also wins over a blank text/plain; in
 *       multipart/related its root (the {@code start} part, else the first). HTML is rendered by
 *       {@link HtmlToText}. A text part that is a file (disposition attachment, or named) is never
 *       the body. When the message has no text of its own but carries a message/rfc822 (forwarded
 *       as attachment), the body is that message's, under a "Forwarded message" header block, as
 *       Gmail and Outlook show it. Else empty.
 *   <li>Attachments: every other leaf part, see {@link Attachment}; body-shaped text parts that
 *       lost the body choice (the HTML alternative) are not attachments.
 *   <li>Charsets ({@link MailText}): the declared one, except that ISO-8859-1 and US-ASCII are read
 *       as windows-1252 (its superset, as browsers do: mislabelled € and quotes survive); no or
 *       unknown charset: UTF-8 when the bytes are valid UTF-8, else windows-1252. Quoted-printable
 *       and base64 are decoded.
 *   <li>Rejected: empty input, input whose first line is not a header field, no usable From
 *       address, a body part that cannot be decoded.
 * </ul>
 */
@Component
public class EmailParser {

  /** Domain of the synthetic Message-ID given to a message that has none. */
  public static final String SYNTHETIC_DOMAIN = "renos.local";

  private static final Pattern HEADER_LINE = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:");
  private static final Pattern MSG_ID = Pattern.compile("<[^<>\\s]+>");
  private static final int MAX_ADDRESS = 320;
  private static final int MAX_ID = 998;

  /** Forwards of forwards are followed this deep for a body. */
  private static final int MAX_FORWARDS = 5;

  private static final String FORWARD_LINE = "---------- Forwarded message ----------";

  public ParsedEmail parse(byte[] raw) {
    if (raw.length == 0) {
      throw new UnparseableEmailException("message", "is empty");
    }
    byte[] content = withoutMboxFromLine(raw);
    if (!HEADER_LINE.matcher(firstLine(content)).find()) {
      throw new UnparseableEmailException(
          "message",
          "is not an RFC 822 message: its first line is not a header field (\"Name: value\")");
    }
    MimeMessage mime;
    try {
      mime = new MimeMessage(SESSION, new ByteArrayInputStream(content));
    } catch (MessagingException e) {
      throw new UnparseableEmailException("message", "cannot be parsed: " + e.getMessage());
    }
    InternetAddress from = from(mime);
    String messageId = firstId(header(mime, "Message-ID"));
    boolean synthetic = messageId == null;
    if (synthetic) {
      messageId = "<" + sha256(raw) + "@" + SYNTHETIC_DOMAIN + ">";
    } else if (messageId.length() > MAX_ID) {
      throw new UnparseableEmailException("Message-ID", "is longer than " + MAX_ID + " characters");
    }
    String inReplyTo = firstId(header(mime, "In-Reply-To"));
    List<String> references = allIds(header(mime, "References"));
    return new ParsedEmail(
        messageId,
        synthetic,
        inReplyTo != null && inReplyTo.length() <= MAX_ID ? inReplyTo : null,
        references.stream().filter(id -> id.length() <= MAX_ID).toList(),
        from.getAddress(),
        blankToNull(from.getPersonal()),
        addresses(mime, "To"),
        subject(mime),
        sentAt(mime),
        body(mime),
        AttachmentList.of(mime),
        addresses(mime, "Reply-To").stream().filter(EmailParser::isValidAddress).toList(),
        plainHeader(mime, "List-Unsubscribe"),
        plainHeader(mime, "Auto-Submitted"),
        plainHeader(mime, "Precedence"));
  }

  private static InternetAddress from(MimeMessage mime) {
    String header = header(mime, "From");
    if (header == null || header.isBlank()) {
      throw new UnparseableEmailException("From", "is missing");
    }
    InternetAddress[] addresses;
    try {
      addresses = InternetAddress.parseHeader(header, false);
    } catch (AddressException e) {
      throw new UnparseableEmailException("From", "is not a valid address: " + e.getMessage());
    }
    for (InternetAddress address : flatten(addresses)) {
      String value = address.getAddress();
      if (value != null && !value.isBlank()) {
        if (value.length() > MAX_ADDRESS) {
          throw new UnparseableEmailException(
              "From", "is longer than " + MAX_ADDRESS + " characters");
        }
        return address;
      }
    }
    throw new UnparseableEmailException("From", "has no address");
  }

  private static List<String> addresses(MimeMessage mime, String name) {
    String header = header(mime, name);
    if (header == null || header.isBlank()) {
      return List.of();
    }
    List<InternetAddress> addresses = new ArrayList<>();
    try {
      addresses.addAll(flatten(InternetAddress.parseHeader(header, false)));
    } catch (AddressException e) {
      // One malformed entry must not lose the others: read them one by one.
      for (String piece : header.split(",")) {
        try {
          addresses.addAll(flatten(InternetAddress.parseHeader(piece, false)));
        } catch (AddressException ignored) {
          // that entry is not an address
        }
      }
    }
    return addresses.stream()
        .map(InternetAddress::getAddress)
        .filter(a -> a != null && !a.isBlank())
        .toList();
  }

  /** A consumer answers Reply-To, so only addresses that pass strict RFC 822 validation count. */
  private static boolean isValidAddress(String address) {
    try {
      new InternetAddress(address, true).validate();
      return address.indexOf('@') > 0 && address.lastIndexOf('.') > address.indexOf('@');
    } catch (AddressException e) {
      return false;
    }
  }

  private static List<InternetAddress> flatten(InternetAddress[] addresses) {
    List<InternetAddress> flat = new ArrayList<>();
    for (InternetAddress address : addresses) {
      if (address.isGroup()) {
        try {
          InternetAddress[] members = address.getGroup(false);
          if (members != null) {
            flat.addAll(List.of(members));
          }
        } catch (AddressException ignored) {
          // an unreadable group has no members for us
        }
      } else {
        flat.add(address);
      }
    }
    return flat;
  }

  private static Instant sentAt(MimeMessage mime) {
    try {
      java.util.Date date = mime.getSentDate();
      return date == null ? null : date.toInstant();
    } catch (MessagingException e) {
      return null;
    }
  }

  private static String body(MimeMessage mime) {
    try {
      return bodyOf(mime, 0);
    } catch (MessagingException | IOException e) {
      throw new UnparseableEmailException("body", "cannot be read: " + e.getMessage());
    }
  }

  private static String bodyOf(Part message, int forwards) throws MessagingException, IOException {
    Optional<Part> part = bodyPart(message, 0);
    String text = part.isPresent() ? render(part.get()) : "";
    if (!text.isBlank()) {
      return text;
    }
    // Forwarded as attachment with nothing typed above it: mail clients show the attached message
    // inline.
    Optional<Part> attached =
        forwards < MAX_FORWARDS ? attachedMessage(message, 0) : Optional.empty();
    if (attached.isPresent()) {
      MimeMessage forwarded = message(attached.get());
      return forwardHeader(forwarded) + bodyOf(forwarded, forwards + 1);
    }
    return "";
  }

  private static String render(Part part) throws MessagingException, IOException {
    return part.isMimeType("text/html") ? HtmlToText.convert(text(part)) : text(part);
  }

  private static Optional<Part> bodyPart(Part part, int depth)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (isBodyText(part)) {
      return Optional.of(part);
    }
    if (!part.isMimeType("multipart/*") || !(part.getContent() instanceof Multipart multipart)) {
      return Optional.empty();
    }
    if (part.isMimeType("multipart/related")) {
      Optional<Part> root = root(part, multipart);
      return root.isPresent() ? bodyPart(root.get(), depth + 1) : Optional.empty();
    }
    Part plain = null;
    Part html = null;
    for (int i = 0; i < multipart.getCount(); i++) {
      Optional<Part> found = bodyPart(multipart.getBodyPart(i), depth + 1);
      if (found.isEmpty()) {
        continue;
      }
      if (found.get().isMimeType("text/plain")) {
        plain = plain == null ? found.get() : plain;
      } else {
        html = html == null ? found.get() : html;
      }
    }
    // Some senders put an empty plain part next to the real HTML one; plain wins only when it says
    // something.
    if (plain != null && html != null && text(plain).isBlank()) {
      return Optional.of(html);
    }
    return Optional.ofNullable(plain != null ? plain : html);
  }

  /**
   * The root of multipart/related: the part its {@code start} parameter names, else the first (RFC
   * 2387).
   */
  private static Optional<Part> root(Part related, Multipart multipart) throws MessagingException {
    if (multipart.getCount() == 0) {
      return Optional.empty();
    }
    String start = contentType(related) == null ? null : contentType(related).getParameter("start");
    if (start != null) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String[] ids = multipart.getBodyPart(i).getHeader("Content-ID");
        if (ids != null && bare(ids[0]).equals(bare(start))) {
          return Optional.of(multipart.getBodyPart(i));
        }
      }
    }
    return Optional.of(multipart.getBodyPart(0));
  }

  private static String bare(String id) {
    return id.strip().replaceAll("^<|>$", "");
  }

  private static Optional<Part> attachedMessage(Part part, int depth)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (isMessage(part)) {
      return Optional.of(part);
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Optional<Part> found = attachedMessage(multipart.getBodyPart(i), depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Parsed here rather than by getContent(), which would use a default session without UTF-8
   * headers.
   */
  private static MimeMessage message(Part part) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return new MimeMessage(SESSION, in);
    }
  }

  private static String forwardHeader(MimeMessage forwarded) {
    StringBuilder header = new StringBuilder(FORWARD_LINE).append('\n');
    headerLine(header, "From", decodedHeader(forwarded, "From"));
    headerLine(header, "Date", decodedHeader(forwarded, "Date"));
    headerLine(header, "Subject", subject(forwarded));
    headerLine(header, "To", decodedHeader(forwarded, "To"));
    return header.append('\n').toString();
  }

  private static void headerLine(StringBuilder header, String name, String value) {
    if (value != null && !value.isBlank()) {
      header.append(name).append(": ").append(value.strip()).append('\n');
    }
  }

  private static String decodedHeader(MimeMessage mime, String name) {
    String raw = header(mime, name);
    return raw == null
        ? null
        : MailText.decodeWords(MimeUtility.unfold(raw)).replaceAll("\\s+", " ");
  }

  private static String text(Part part) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String text = MailText.decode(bytes, charset(part));
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String charset(Part part) {
    try {
      String charset = new ContentType(part.getContentType()).getParameter("charset");
      return charset == null ? null : charset.strip().toLowerCase(Locale.ROOT);
    } catch (MessagingException e) {
      return null;
    }
  }

  /**
   * A header's value unfolded, encoded words decoded and trimmed; {@code null} when absent/blank.
   */
  private static String plainHeader(MimeMessage mime, String name) {
    String value = header(mime, name);
    if (value == null) {
      return null;
    }
    String plain = MailText.decodeWords(MimeUtility.unfold(value)).trim();
    return plain.isEmpty() || plain.length() > MAX_ID ? null : plain;
  }

  private static String header(MimeMessage mime, String name) {
    try {
      return mime.getHeader(name, ",");
    } catch (MessagingException e) {
      return null;
    }
  }

  /** The first {@code <id>} of a header; a bare {@code id@host} is accepted and bracketed. */
  static String firstId(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    Matcher matcher = MSG_ID.matcher(header);
    if (matcher.find()) {
      return matcher.group();
    }
    String bare = header.strip();
    return bare.contains("@") && bare.chars().noneMatch(Character::isWhitespace)
        ? "<" + bare + ">"
        : null;
  }

  static List<String> allIds(String header) {
    if (header == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    Matcher matcher = MSG_ID.matcher(header);
    while (matcher.find()) {
      if (!ids.contains(matcher.group())) {
        ids.add(matcher.group());
      }
    }
    return ids;
  }

  /** Mailbox exports may start with an mbox {@code From sender date} line; it is not a header. */
  private static byte[] withoutMboxFromLine(byte[] raw) {
    if (raw.length > 5
        && raw[0] == 'F'
        && raw[1] == 'r'
        && raw[2] == 'o'
        && raw[3] == 'm'
        && raw[4] == ' ') {
      for (int i = 5; i < raw.length; i++) {
        if (raw[i] == '\n') {
          return java.util.Arrays.copyOfRange(raw, i + 1, raw.length);
        }
      }
    }
    return raw;
  }

  private static String firstLine(byte[] raw) {
    int end = 0;
    while (end < raw.length && end < 1000 && raw[end] != '\n' && raw[end] != '\r') {
      end++;
    }
    return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String sha256(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
