package dk.renos.lead.intake.parsing.fields;

import java.text.Normalizer;
import java.util.Locale;

/** Text clean-up shared by the readers and extractors. */
public final class Text {

  private Text() {}

  /**
   * NFC (so a decomposed "å" is one character), unified line breaks, no tabs, no-break or
   * zero-width spaces.
   */
  public static String normalise(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    s = s.replace('\u00A0', ' ').replace('\t', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    return s.replaceAll("[\\u200B-\\u200D\\uFEFF\\u00AD]", "");
  }

  public static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  public static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** A person's name: quotes and trailing commas dropped, single-case names title-cased. */
  public static String tidyName(String raw) {
    if (raw == null) {
      return null;
    }
    // "Jonas Friis, tlf. 40 50 60 70": contact details written after the name are not the name
    String name =
        collapse(raw)
            .replaceFirst("(?iu)\\s*[,;(/–-]\\s*(?:tlf|telefon|mobil|e-?mail|mail|\\+?\\d).*$", "")
            .replaceAll("^[\"']+|[\"',]+$", "")
            .strip();
    if (name.isEmpty() || name.contains("@") || !name.matches("(?u).*\\p{L}.*")) {
      return null;
    }
    return isSingleCase(name) ? titleCase(name) : name;
  }

  /** "odense c" → "Odense C", "AARHUS N" → "Aarhus N"; mixed case is kept. */
  public static String tidyCity(String raw) {
    String city = collapse(raw).replaceAll("[,.;]+$", "").strip();
    if (!isSingleCase(city)) {
      return city;
    }
    String[] words = titleCase(city).split(" ");
    String last = words[words.length - 1];
    if (words.length > 1 && last.length() <= 2) {
      words[words.length - 1] = last.toUpperCase(Locale.ROOT);
    }
    return String.join(" ", words);
  }

  private static boolean isSingleCase(String s) {
    return s.equals(s.toLowerCase(Locale.ROOT)) || s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
