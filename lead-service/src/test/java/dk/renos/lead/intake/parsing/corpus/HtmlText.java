package dk.renos.lead.intake.parsing.corpus;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML mail as text, laid out by the rules email-ingest's {@code HtmlToText} documents for what
 * lead intake receives: block elements and {@code <br>} end a line, paragraphs leave a blank line,
 * a table row is one line with its cells joined by " | " — except after a cell ending in ":", which
 * is joined by a space — and head/style/script are dropped.
 */
final class HtmlText {

  private HtmlText() {}

  static String of(String html) {
    StringBuilder out = new StringBuilder();
    walk(Jsoup.parse(html).body(), out);
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip()
        + "\n";
  }

  private static void walk(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        String t = text.text().replace('\u00A0', ' ');
        if (!t.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != '\n')) {
          out.append(t.isBlank() ? " " : t);
        }
      } else if (child instanceof Element element) {
        String tag = element.normalName();
        switch (tag) {
          case "style", "script", "head", "title" -> {}
          case "br" -> out.append('\n');
          case "tr" -> {
            StringBuilder row = new StringBuilder();
            for (Element cell : element.children()) {
              String text = cell.text().strip();
              if (text.isEmpty()) {
                continue;
              }
              if (!row.isEmpty()) {
                row.append(row.toString().endsWith(":") ? " " : " | ");
              }
              row.append(text);
            }
            newLine(out);
            out.append(row).append('\n');
          }
          case "p", "table", "h1", "h2", "h3", "ul", "ol", "blockquote" -> {
            newLine(out);
            walk(element, out);
            newLine(out);
            out.append('\n');
          }
          case "div", "li", "tbody", "thead" -> {
            newLine(out);
            walk(element, out);
            newLine(out);
          }
          default -> walk(element, out);
        }
      }
    }
  }

  private static void newLine(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
