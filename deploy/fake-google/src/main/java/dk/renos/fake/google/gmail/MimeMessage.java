package dk.renos.fake.google.gmail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, forgiving RFC 822/MIME reader: enough to give Gmail's views (headers, payload tree,
 * snippet) and threading keys. It never rejects a message; what it cannot read it leaves as bytes.
 */
final class MimeMessage {
  record Header(String name, String value) {}

  /** One MIME entity with its transfer encoding already undone. */
  record Part(
      List<Header> headers, String mimeType, String filename, byte[] body, List<Part> parts) {
    String header(String name) {
      return MimeMessage.first(headers, name);
    }

    boolean isAttachment() {
      return !filename.isEmpty();
    }
  }

  private static final int MAX_DEPTH = 10;
  private static final int SNIPPET_LENGTH = 200;
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");

  final Part root;
  final String messageId;
  final List<String> parentIds;
  final String text;
  final String snippet;

  private MimeMessage(Part root) {
    this.root = root;
    this.messageId = firstMessageId(root.header("Message-ID"));
    // In-Reply-To first, then References newest to oldest: the nearest known ancestor decides the
    // thread.
    List<String> parents = new ArrayList<>(messageIds(root.header("In-Reply-To")));
    List<String> references = messageIds(root.header("References"));
    for (int i = references.size() - 1; i >= 0; i--) {
      parents.add(references.get(i));
    }
    this.parentIds = List.copyOf(parents);
    this.text = textOf(root);
    this.snippet = snippetOf(text);
  }

  static MimeMessage parse(byte[] raw) {
    return new MimeMessage(parsePart(raw, 0, "text/plain"));
  }

  String header(String name) {
    return root.header(name);
  }

  List<Header> headers() {
    return root.headers();
  }

  boolean hasRecipient() {
    return List.of("To", "Cc", "Bcc").stream()
        .map(this::header)
        .anyMatch(v -> v != null && v.contains("@"));
  }

  boolean hasAttachment() {
    return hasAttachment(root);
  }

  private static boolean hasAttachment(Part part) {
    return part.isAttachment() || part.parts().stream().anyMatch(MimeMessage::hasAttachment);
  }

  static String first(List<Header> headers, String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return null;
  }

  // ---- parsing ----

  private static Part parsePart(byte[] bytes, int depth, String defaultType) {
    int split = headerEnd(bytes);
    List<Header> headers =
        split < 0 ? parseHeaders(bytes, bytes.length) : parseHeaders(bytes, split);
    int bodyStart = split < 0 ? bytes.length : split + (bytes[split] == '\r' ? 4 : 2);
    byte[] body =
        java.util.Arrays.copyOfRange(bytes, Math.min(bodyStart, bytes.length), bytes.length);

    String contentType = first(headers, "Content-Type");
    String mimeType =
        contentType == null
            ? defaultType
            : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (mimeType.isEmpty() || !mimeType.contains("/")) {
      mimeType = defaultType;
    }
    String filename = param(first(headers, "Content-Disposition"), "filename");
    if (filename == null) {
      filename = param(contentType, "name");
    }
    filename = filename == null ? "" : decodeWords(filename);

    String boundary = param(contentType, "boundary");
    if (mimeType.startsWith("multipart/") && boundary != null && depth < MAX_DEPTH) {
      String childDefault = mimeType.equals("multipart/digest") ? "message/rfc822" : "text/plain";
      List<Part> children = new ArrayList<>();
      for (byte[] child : splitMultipart(body, boundary)) {
        children.add(parsePart(child, depth + 1, childDefault));
      }
      return new Part(headers, mimeType, filename, new byte[0], List.copyOf(children));
    }
    return new Part(
        headers,
        mimeType,
        filename,
        decodeTransfer(body, first(headers, "Content-Transfer-Encoding")),
        List.of());
  }

  /** Index of the CRLFCRLF (or LFLF) that ends the header block, or -1. */
  private static int headerEnd(byte[] b) {
    if (b.length > 0 && (b[0] == '\n' || (b[0] == '\r' && b.length > 1 && b[1] == '\n'))) {
      return 0; // no headers at all
    }
    for (int i = 0; i + 1 < b.length; i++) {
      if (b[i] == '\n' && b[i + 1] == '\n') {
        return i;
      }
      if (b[i] == '\r'
          && i + 3 < b.length
          && b[i + 1] == '\n'
          && b[i + 2] == '\r'
          && b[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static List<Header> parseHeaders(byte[] bytes, int end) {
    String block = new String(bytes, 0, end, StandardCharsets.UTF_8);
    List<Header> headers = new ArrayList<>();
    String name = null;
    StringBuilder value = new StringBuilder();
    for (String line : block.split("\r?\n")) {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
        value.append(' ').append(line.strip()); // unfold
        continue;
      }
      if (name != null) {
        headers.add(new Header(name, decodeWords(value.toString().strip())));
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        name = null;
        continue;
      }
      name = line.substring(0, colon).strip();
      value.setLength(0);
      value.append(line.substring(colon + 1));
    }
    if (name != null) {
      headers.add(new Header(name, decodeWords(value.toString().strip())));
    }
    return List.copyOf(headers);
  }

  static List<byte[]> splitMultipart(byte[] body, String boundary) {
    // ISO-8859-1 maps bytes 1:1, so the text offsets are byte offsets.
    String s = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    List<byte[]> parts = new ArrayList<>();
    int partStart = -1;
    int lineStart = 0;
    while (lineStart <= s.length()) {
      int lineEnd = s.indexOf('\n', lineStart);
      int next = lineEnd < 0 ? s.length() + 1 : lineEnd + 1;
      String line = s.substring(lineStart, lineEnd < 0 ? s.length() : lineEnd).stripTrailing();
      if (line.startsWith(delimiter)) {
        boolean closing = line.startsWith(delimiter + "--");
        if (line.equals(delimiter) || closing) {
          if (partStart >= 0) {
            int end = lineStart;
            // the line break before a delimiter belongs to the delimiter
            if (end > partStart && s.charAt(end - 1) == '\n') {
              end--;
              if (end > partStart && s.charAt(end - 1) == '\r') {
                end--;
              }
            }
            parts.add(
                s.substring(partStart, Math.max(partStart, end))
                    .getBytes(StandardCharsets.ISO_8859_1));
          }
          if (closing) {
            return parts;
          }
          partStart = Math.min(next, s.length());
        }
      }
      lineStart = next;
    }
    if (partStart >= 0 && partStart < s.length()) {
      parts.add(s.substring(partStart).getBytes(StandardCharsets.ISO_8859_1));
    }
    return parts;
  }

  static byte[] decodeTransfer(byte[] body, String encoding) {
    String e = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
    try {
      if (e.equals("base64")) {
        return Base64.getMimeDecoder().decode(body);
      }
      if (e.equals("quoted-printable")) {
        return decodeQuotedPrintable(body, false);
      }
    } catch (IllegalArgumentException ignored) {
      // a broken encoding is shown as it came, like a lenient mail reader would
    }
    return body;
  }

  static byte[] decodeQuotedPrintable(byte[] in, boolean underscoreIsSpace) {
    var out = new java.io.ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '=') {
        if (i + 1 < in.length && in[i + 1] == '\n') {
          i += 1;
          continue;
        }
        if (i + 2 < in.length && in[i + 1] == '\r' && in[i + 2] == '\n') {
          i += 2;
          continue;
        }
        if (i + 2 < in.length) {
          int hi = Character.digit(in[i + 1], 16);
          int lo = Character.digit(in[i + 2], 16);
          if (hi >= 0 && lo >= 0) {
            out.write(hi * 16 + lo);
            i += 2;
            continue;
          }
        }
        out.write(b);
      } else if (b == '_' && underscoreIsSpace) {
        out.write(' ');
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /** RFC 2047 encoded words, as Gmail shows header values decoded. */
  static String decodeWords(String value) {
    if (!value.contains("=?")) {
      return value;
    }
    Matcher m = ENCODED_WORD.matcher(value);
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean previousWasWord = false;
    while (m.find()) {
      String between = value.substring(last, m.start());
      if (!(previousWasWord && between.isBlank())) {
        out.append(between);
      }
      Charset charset = charset(m.group(1).split("\\*", 2)[0]);
      byte[] bytes =
          m.group(2).equalsIgnoreCase("B")
              ? decodeBase64Lenient(m.group(3))
              : decodeQuotedPrintable(m.group(3).getBytes(StandardCharsets.ISO_8859_1), true);
      out.append(new String(bytes, charset));
      last = m.end();
      previousWasWord = true;
    }
    out.append(value.substring(last));
    return out.toString();
  }

  private static byte[] decodeBase64Lenient(String s) {
    try {
      return Base64.getMimeDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      return s.getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  static Charset charset(String name) {
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      String n = name.trim().replace("\"", "");
      // us-ascii declared on 8-bit text is usually UTF-8 in practice
      return n.equalsIgnoreCase("us-ascii") ? StandardCharsets.UTF_8 : Charset.forName(n);
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** A parameter of a structured header (charset, boundary, filename), unquoted. */
  static String param(String header, String name) {
    if (header == null) {
      return null;
    }
    for (String piece : header.split(";")) {
      int eq = piece.indexOf('=');
      if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String v = piece.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }

  // ---- derived values ----

  static String firstMessageId(String header) {
    List<String> ids = messageIds(header);
    return ids.isEmpty() ? (header == null || header.isBlank() ? null : header.trim()) : ids.get(0);
  }

  static List<String> messageIds(String header) {
    if (header == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    Matcher m = MESSAGE_ID.matcher(header);
    while (m.find()) {
      ids.add(m.group());
    }
    return ids;
  }

  private static String textOf(Part root) {
    Part plain = find(root, "text/plain");
    if (plain != null) {
      return decodeText(plain);
    }
    Part html = find(root, "text/html");
    return html == null
        ? ""
        : decodeText(html)
            .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
            .replaceAll("<[^>]+>", " ")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"");
  }

  private static Part find(Part part, String mimeType) {
    if (part.parts().isEmpty()) {
      return part.mimeType().equals(mimeType) && !part.isAttachment() ? part : null;
    }
    for (Part child : part.parts()) {
      Part found = find(child, mimeType);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  static String decodeText(Part part) {
    return new String(part.body(), charset(param(part.header("Content-Type"), "charset")));
  }

  /** Gmail's snippet: the start of the text, whitespace collapsed, HTML-escaped. */
  private static String snippetOf(String text) {
    String collapsed = text.replaceAll("\\s+", " ").strip();
    if (collapsed.length() > SNIPPET_LENGTH) {
      int cut = SNIPPET_LENGTH;
      if (Character.isHighSurrogate(collapsed.charAt(cut - 1))) {
        cut--;
      }
      collapsed = collapsed.substring(0, cut);
    }
    StringBuilder out = new StringBuilder(collapsed.length() + 16);
    for (char c : collapsed.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Date header as epoch millis, or null when absent or unreadable. */
  Long dateMillis() {
    return MailDates.parse(header("Date"));
  }
}
