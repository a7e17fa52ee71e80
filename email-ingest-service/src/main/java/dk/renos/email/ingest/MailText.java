package dk.renos.email.ingest;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes and encoded words of a mail turned into text: charsets as mail really uses them (ISO-8859-1
 * and US-ASCII read as their superset windows-1252; a missing or unknown charset is UTF-8 when the
 * bytes are valid UTF-8, else windows-1252), and RFC 2047 encoded words.
 */
final class MailText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> LATIN1_LABELS =
      Set.of(
          "iso-8859-1",
          "iso8859-1",
          "iso_8859-1",
          "latin1",
          "latin-1",
          "l1",
          "cp819",
          "ibm819",
          "iso-ir-100",
          "csisolatin1");
  private static final Set<String> ASCII_LABELS =
      Set.of("us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us");
  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");

  private MailText() {}

  /**
   * RFC 2047 decoding that joins adjacent encoded words of one charset before turning bytes into
   * text: senders split long subjects between the two bytes of one letter (ø = C3 B8), which
   * decoding word by word (as Jakarta Mail does) turns into two replacement characters. Whitespace
   * between encoded words is dropped (RFC 2047 section 6.2); a malformed word stays as it is.
   */
  static String decodeWords(String text) {
    if (!text.contains("=?")) {
      return text;
    }
    Matcher matcher = ENCODED_WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    String pendingCharset = null;
    int last = 0;
    while (matcher.find()) {
      String between = text.substring(last, matcher.start());
      String charset = matcher.group(1).replaceFirst("\\*.*$", "").toLowerCase(Locale.ROOT);
      byte[] bytes = wordBytes(matcher.group(2), matcher.group(3));
      boolean adjacent = pendingCharset != null && between.isBlank();
      if (pendingCharset != null
          && !(adjacent && charset.equals(pendingCharset) && bytes != null)) {
        out.append(decode(pending.toByteArray(), pendingCharset));
        pending.reset();
        pendingCharset = null;
      }
      if (!adjacent || bytes == null) {
        out.append(between);
      }
      if (bytes == null) {
        out.append(matcher.group());
      } else {
        pending.writeBytes(bytes);
        pendingCharset = charset;
      }
      last = matcher.end();
    }
    if (pendingCharset != null) {
      out.append(decode(pending.toByteArray(), pendingCharset));
    }
    return out.append(text, last, text.length()).toString();
  }

  private static byte[] wordBytes(String encoding, String word) {
    if (encoding.equalsIgnoreCase("B")) {
      try {
        return Base64.getDecoder().decode(word);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '_') {
        bytes.write(' ');
      } else if (c == '='
          && i + 2 < word.length()
          && hex(word.charAt(i + 1))
          && hex(word.charAt(i + 2))) {
        bytes.write(Integer.parseInt(word.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  private static boolean hex(char c) {
    return Character.digit(c, 16) >= 0;
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
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }
}
