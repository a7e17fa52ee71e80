package dk.renos.email.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.springframework.stereotype.Component;

/**
 * Reads a raw RFC 822 / MIME message with Jakarta Mail (Eclipse Angus).
 *
 * <ul>
 *   <li>Headers: RFC 2047 encoded words are decoded; raw UTF-8 in headers (RFC 6532) is read as UTF-8.</li>
 *   <li>Body: the first inline {@code text/plain} part, else the first inline {@code text/html} part converted
 *       by {@link HtmlToText}, else empty. Attachments and attached messages are not read.</li>
 *   <li>Charsets: the declared one, except that ISO-8859-1 and US-ASCII are read as windows-1252 (its
 *       superset, as browsers do: mislabelled € and quotes survive); no or unknown charset: UTF-8 when the
 *       bytes are valid UTF-8, else windows-1252. Quoted-printable and base64 are decoded.</li>
 *   <li>Rejected: empty input, input whose first line is not a header field, no usable From address.</li>
 * </ul>
 */
@Component
public class EmailParser {

  /** Domain of the synthetic Message-ID given to a message that has none. */
  public static final String SYNTHETIC_DOMAIN = "renos.local";

  private static final Session SESSION = Session.getInstance(sessionProperties());
  private static final Pattern HEADER_LINE = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:");
  private static final Pattern MSG_ID = Pattern.compile("<[^<>\\s]+>");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
      "latin-1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1");
  private static final Set<String> ASCII_LABELS = Set.of("us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us");
  private static final int MAX_ADDRESS = 320;
  private static final int MAX_ID = 998;
  private static final int MAX_DEPTH = 20;

  public ParsedEmail parse(byte[] raw) {
    if (raw.length == 0) {
      throw new UnparseableEmailException("message", "is empty");
    }
    byte[] content = withoutMboxFromLine(raw);
    if (!HEADER_LINE.matcher(firstLine(content)).find()) {
      throw new UnparseableEmailException("message",
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
    return new ParsedEmail(messageId, synthetic, inReplyTo != null && inReplyTo.length() <= MAX_ID ? inReplyTo : null,
        references.stream().filter(id -> id.length() <= MAX_ID).toList(),
        from.getAddress(), blankToNull(from.getPersonal()), to(mime), subject(mime), sentAt(mime), body(mime));
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
          throw new UnparseableEmailException("From", "is longer than " + MAX_ADDRESS + " characters");
        }
        return address;
      }
    }
    throw new UnparseableEmailException("From", "has no address");
  }

  private static List<String> to(MimeMessage mime) {
    String header = header(mime, "To");
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
    return addresses.stream().map(InternetAddress::getAddress).filter(a -> a != null && !a.isBlank()).toList();
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

  private static String subject(MimeMessage mime) {
    try {
      String subject = mime.getSubject();
      return subject == null ? "" : subject.strip();
    } catch (MessagingException e) {
      return "";
    }
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
      Optional<Part> plain = find(mime, "text/plain", 0);
      if (plain.isPresent()) {
        return text(plain.get());
      }
      Optional<Part> html = find(mime, "text/html", 0);
      return html.isPresent() ? HtmlToText.convert(text(html.get())) : "";
    } catch (MessagingException | IOException e) {
      throw new UnparseableEmailException("body", "cannot be read: " + e.getMessage());
    }
  }

  private static Optional<Part> find(Part part, String mimeType, int depth) throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (part.isMimeType("multipart/*")) {
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          Optional<Part> found = find(multipart.getBodyPart(i), mimeType, depth + 1);
          if (found.isPresent()) {
            return found;
          }
        }
      }
      return Optional.empty();
    }
    boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    return part.isMimeType(mimeType) && !attachment ? Optional.of(part) : Optional.empty();
  }

  private static String text(Part part) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String text = decode(bytes, charset(part));
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

  static String decode(byte[] bytes, String charset) {
    if (charset == null || ASCII_LABELS.contains(charset)) {
      return utf8OrWindows1252(bytes);
    }
    if (LATIN1_LABELS.contains(charset)) {
      return new String(bytes, WINDOWS_1252);
    }
    try {
      return new String(bytes, Charset.forName(MimeUtility.javaCharset(charset)));
    } catch (IllegalArgumentException e) {
      return utf8OrWindows1252(bytes);
    }
  }

  private static String utf8OrWindows1252(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
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
    return bare.contains("@") && bare.chars().noneMatch(Character::isWhitespace) ? "<" + bare + ">" : null;
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
    if (raw.length > 5 && raw[0] == 'F' && raw[1] == 'r' && raw[2] == 'o' && raw[3] == 'm' && raw[4] == ' ') {
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

  private static Properties sessionProperties() {
    Properties properties = new Properties();
    properties.setProperty("mail.mime.allowutf8", "true");
    properties.setProperty("mail.mime.address.strict", "false");
    return properties;
  }
}
