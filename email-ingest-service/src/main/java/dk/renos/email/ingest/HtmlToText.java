package dk.renos.email.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders HTML mail as readable plain text. jsoup parses (HTML5 rules, so broken Outlook markup,
 * all named entities and MSO conditional comments are handled as a browser would); this class only
 * lays the text out.
 *
 * <ul>
 *   <li>{@code head, title, style, script, template}, comments and {@code display:none} elements
 *       are dropped;
 *   <li>whitespace (no-break space included) collapses to one space; zero-width characters are
 *       removed;
 *   <li>{@code <br>} and block elements end the line; paragraphs, headings, lists, tables,
 *       blockquotes and {@code pre} are separated by one blank line; {@code pre} keeps its line
 *       breaks and spaces. Word and Outlook paragraphs ({@code class="Mso..."}) are lines, an empty
 *       one a blank line, as Outlook shows them;
 *   <li>list items start with "- " (two more spaces per nesting level);
 *   <li>links read {@code text (url)} unless the text already is the url (or the mail address /
 *       number);
 *   <li>a table row is one line, its cells joined by " | ", except that a cell ending in ":" is
 *       joined to the next by a space, so label/value tables of lead forms read "Navn: Søren";
 *       empty cells are skipped and layout tables (one cell per row) just stack their content;
 *   <li>blockquote lines are prefixed "> " per level, as a plain-text reply quotes;
 *   <li>never more than one blank line in a row; the result is trimmed and ends with one line
 *       break.
 * </ul>
 */
public final class HtmlToText {

  private static final Set<String> DROPPED = Set.of("head", "title", "style", "script", "template");
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "dl",
          "table",
          "blockquote",
          "pre",
          "hr",
          "figure");
  private static final Set<String> LINES =
      Set.of(
          "div",
          "li",
          "tr",
          "dt",
          "dd",
          "section",
          "article",
          "header",
          "footer",
          "address",
          "center",
          "form",
          "fieldset",
          "nav",
          "main",
          "aside",
          "caption",
          "figcaption",
          "details",
          "summary",
          "legend");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  // Zero-width characters and soft hyphens: newsletters pad preheaders with them; they are
  // invisible.
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u034F\\u200B-\\u200D\\u2060\\uFEFF]");

  private HtmlToText() {}

  public static String convert(String html) {
    Layout layout = new Layout();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              layout.text(INVISIBLE.matcher(text.getWholeText()).replaceAll(""));
            } else if (node instanceof Element element) {
              if (hidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              layout.open(element);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
              layout.close(element);
            }
            return FilterResult.CONTINUE;
          }
        },
        Jsoup.parse(html).body());
    return layout.result();
  }

  private static boolean hidden(Element element) {
    String style =
        WHITESPACE.matcher(element.attr("style")).replaceAll("").toLowerCase(Locale.ROOT);
    return DROPPED.contains(element.normalName())
        || element.hasAttr("hidden")
        || style.contains("display:none");
  }

  /**
   * Whether a link's visible text already says where it goes, so repeating the url adds nothing.
   */
  static boolean sameTarget(String text, String href) {
    String target = href.strip().toLowerCase(Locale.ROOT);
    if (target.startsWith("tel:")) {
      String digits = target.replaceAll("\\D", "");
      String shown = text.replaceAll("\\D", "");
      return !shown.isEmpty() && digits.endsWith(shown);
    }
    return bare(text).equals(bare(target));
  }

  private static String bare(String url) {
    return url.strip()
        .toLowerCase(Locale.ROOT)
        .replaceFirst("^(mailto:|https?://)", "")
        .replaceFirst("^www\\.", "")
        .replaceFirst("/$", "");
  }

  /** One output line: its text and how many blockquotes it sits in. */
  private record Line(int quote, String text) {}

  /** A list item, table cell or row still open: whether any text was written inside it yet. */
  private static final class Box {
    final String tag;
    boolean hasText;
    int cellsWithText;

    Box(String tag) {
      this.tag = tag;
    }
  }

  /**
   * Line breaks are requested, not written: the request is settled when the next text arrives, so
   * block elements that hold no text leave no empty lines, and the larger of two requests wins.
   */
  private static final class Layout {
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Deque<Box> boxes = new ArrayDeque<>();
    private final Deque<String> linkTexts = new ArrayDeque<>();
    private int lineQuote;
    private int wantedBreaks; // before the next text: 1 ends the line, 2 also leaves a blank line
    private boolean space;
    private String separator;
    private String bullet;
    private int quote;
    private int pre;
    private int lists;

    void open(Element element) {
      String tag = element.normalName();
      // Counted before the breaks are asked for, so a nested list knows it is nested.
      if (tag.equals("blockquote")) {
        quote++;
      } else if (tag.equals("pre")) {
        pre++;
      } else if (tag.equals("ul") || tag.equals("ol")) {
        lists++;
      }
      switch (tag) {
        case "br" -> lineBreak();
        case "li" -> {
          breaks(1);
          bullet = "  ".repeat(Math.max(0, lists - 1)) + "- ";
          boxes.push(new Box(tag));
        }
        case "tr" -> {
          breaks(1);
          boxes.push(new Box(tag));
        }
        case "td", "th" -> {
          Box row = innermost("tr");
          if (row != null && row.hasText) {
            // The previous cell's blocks asked for breaks; cells of one row stay on one line.
            wantedBreaks = 0;
            separator = line.toString().endsWith(":") ? " " : " | ";
          }
          boxes.push(new Box(tag));
        }
        case "a" -> linkTexts.push(element.text());
        default -> {
          if (wordParagraph(element)) {
            // Word and Outlook paragraphs have no margins: each is a line, and an empty one is the
            // blank line.
            breaks(WHITESPACE.matcher(element.text()).replaceAll("").isEmpty() ? 2 : 1);
          } else {
            blockBreaks(tag);
          }
        }
      }
    }

    private static boolean wordParagraph(Element element) {
      return element.normalName().equals("p") && element.className().startsWith("Mso");
    }

    void close(Element element) {
      String tag = element.normalName();
      switch (tag) {
        case "li" -> boxes.pop();
        case "tr" -> {
          // A row of several cells is data: paragraphs in its cells must not push the next row a
          // line down.
          // A row of one cell is layout (a newsletter's column), whose paragraphs keep their blank
          // lines.
          if (boxes.pop().cellsWithText > 1) {
            wantedBreaks = 1;
          }
        }
        case "td", "th" -> {
          Box cell = boxes.pop();
          Box row = innermost("tr");
          if (cell.hasText && row != null) {
            row.cellsWithText++;
          }
        }
        case "a" -> {
          String text = linkTexts.pop().strip();
          String href = element.attr("href").strip();
          if (!text.isEmpty() && useful(href) && !sameTarget(text, href)) {
            text(" (" + href + ")");
          }
        }
        case "blockquote" -> {
          blockBreaks(tag);
          quote--;
        }
        case "pre" -> {
          blockBreaks(tag);
          pre--;
        }
        case "ul", "ol" -> {
          blockBreaks(tag);
          lists--;
        }
        default -> {
          if (wordParagraph(element)) {
            breaks(1);
          } else {
            blockBreaks(tag);
          }
        }
      }
    }

    private static boolean useful(String href) {
      String lower = href.toLowerCase(Locale.ROOT);
      return !href.isEmpty()
          && !href.startsWith("#")
          && !lower.startsWith("javascript:")
          && !lower.startsWith("cid:");
    }

    private void blockBreaks(String tag) {
      if (PARAGRAPHS.contains(tag)) {
        breaks(lists > 1 && (tag.equals("ul") || tag.equals("ol")) ? 1 : 2);
      } else if (LINES.contains(tag)) {
        breaks(1);
      }
    }

    private void breaks(int count) {
      Box box = boxes.peek();
      // A block at the very start of a list item or table cell does not move the item's text down.
      if (box != null && !box.hasText && !box.tag.equals("tr")) {
        return;
      }
      // Inside a list item paragraphs are lines: a blank line would split the item from its bullet.
      wantedBreaks = Math.max(wantedBreaks, box != null && box.tag.equals("li") ? 1 : count);
    }

    private Box innermost(String tag) {
      for (Box box : boxes) {
        if (box.tag.equals(tag)) {
          return box;
        }
      }
      return null;
    }

    void text(String raw) {
      if (pre > 0) {
        String[] pieces = raw.split("\n", -1);
        for (int i = 0; i < pieces.length; i++) {
          if (i > 0) {
            lineBreak();
          }
          write(pieces[i].replace("\u00A0", " "));
        }
        return;
      }
      String collapsed = WHITESPACE.matcher(raw).replaceAll(" ");
      String word = collapsed.strip();
      if (collapsed.startsWith(" ")) {
        space = true;
      }
      if (!word.isEmpty()) {
        write(word);
        space = collapsed.endsWith(" ");
      }
    }

    private void write(String word) {
      if (word.isEmpty()) {
        return;
      }
      settleBreaks();
      if (line.isEmpty()) {
        lineQuote = quote;
        if (bullet != null) {
          line.append(bullet);
        }
      } else if (separator != null) {
        line.append(separator);
      } else if (space) {
        line.append(' ');
      }
      bullet = null;
      separator = null;
      space = false;
      line.append(word);
      for (Box box : boxes) {
        box.hasText = true;
      }
    }

    private void settleBreaks() {
      if (wantedBreaks == 0) {
        return;
      }
      if (!line.isEmpty()) {
        endLine();
      }
      if (wantedBreaks == 2 && !lines.isEmpty() && !lines.getLast().text().isEmpty()) {
        lines.add(new Line(Math.min(lines.getLast().quote(), quote), ""));
      }
      wantedBreaks = 0;
      separator = null;
    }

    private void lineBreak() {
      settleBreaks();
      endLine();
    }

    private void endLine() {
      lines.add(new Line(line.isEmpty() ? quote : lineQuote, line.toString().stripTrailing()));
      line.setLength(0);
      space = false;
      separator = null;
    }

    String result() {
      if (!line.isEmpty()) {
        endLine();
      }
      List<String> out = new ArrayList<>();
      boolean previousBlank = true; // so that no blank line leads
      for (Line each : lines) {
        boolean blank = each.text().isEmpty();
        if (!(blank && previousBlank)) {
          out.add(("> ".repeat(each.quote()) + each.text()).stripTrailing());
        }
        previousBlank = blank;
      }
      if (previousBlank && !out.isEmpty()) {
        out.removeLast();
      }
      return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }
  }
}
