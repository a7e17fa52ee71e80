package dk.renos.email.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple HTML to text conversion for HTML-only mail, good enough for the
 * "label: value" lead bodies and ordinary replies; faithful rendering is a later concern.
 *
 * <ol>
 *   <li>comments and {@code head}, {@code title}, {@code style}, {@code script} elements are dropped;</li>
 *   <li>source whitespace collapses to single spaces, as a browser does;</li>
 *   <li>{@code <br>} and block elements ({@code p, div, table, h1-h6, ul, ol, blockquote, pre, hr, ...})
 *       become line breaks, {@code <li>} becomes a "- " item, a table row is one line and a cell ends
 *       with a space;</li>
 *   <li>every other tag is removed, keeping its text (link targets are not kept);</li>
 *   <li>character references are decoded: numeric ones and the common named ones (Danish letters included);</li>
 *   <li>lines are trimmed, runs of blank lines shrink to one, and the text ends with one line break.</li>
 * </ol>
 */
public final class HtmlToText {

  private static final Pattern DROPPED = Pattern.compile(
      "(?is)<!--.*?-->|<(head|title|style|script)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern BLOCK = Pattern.compile(
      "(?i)</?(p|div|table|tbody|thead|h[1-6]|ul|ol|blockquote|pre|hr|section|article|header|footer|address"
          + "|center|dl|dt|dd)\\b[^>]*>");
  private static final Pattern ROW_START = Pattern.compile("(?i)<tr\\b[^>]*>");
  private static final Pattern ROW_END = Pattern.compile("(?i)</tr\\s*>");
  private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("aelig", "æ"), Map.entry("AElig", "Æ"),
      Map.entry("oslash", "ø"), Map.entry("Oslash", "Ø"), Map.entry("aring", "å"), Map.entry("Aring", "Å"),
      Map.entry("auml", "ä"), Map.entry("Auml", "Ä"), Map.entry("ouml", "ö"), Map.entry("Ouml", "Ö"),
      Map.entry("uuml", "ü"), Map.entry("Uuml", "Ü"), Map.entry("eacute", "é"), Map.entry("Eacute", "É"),
      Map.entry("egrave", "è"), Map.entry("szlig", "ß"), Map.entry("euro", "€"), Map.entry("copy", "©"),
      Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("hellip", "…"), Map.entry("ndash", "–"),
      Map.entry("mdash", "—"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsquo", "‘"),
      Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bull", "•"),
      Map.entry("middot", "·"), Map.entry("sup2", "²"), Map.entry("deg", "°"), Map.entry("shy", ""));

  private HtmlToText() {
  }

  public static String convert(String html) {
    String text = DROPPED.matcher(html).replaceAll("");
    text = WHITESPACE.matcher(text).replaceAll(" ");
    text = BREAK.matcher(text).replaceAll("\n");
    text = ITEM.matcher(text).replaceAll("\n- ");
    text = BLOCK.matcher(text).replaceAll("\n");
    text = ROW_START.matcher(text).replaceAll("");
    text = ROW_END.matcher(text).replaceAll("\n");
    text = CELL_END.matcher(text).replaceAll(" ");
    text = TAG.matcher(text).replaceAll("");
    text = decodeEntities(text);
    StringBuilder lines = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      lines.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
    }
    String result = BLANK_LINES.matcher(lines.toString()).replaceAll("\n\n").strip();
    return result.isEmpty() ? "" : result + "\n";
  }

  static String decodeEntities(String text) {
    Matcher matcher = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(entity(matcher.group(1), matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#")) {
      try {
        int codePoint = name.startsWith("#x") || name.startsWith("#X")
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    return NAMED.getOrDefault(name, whole);
  }
}
