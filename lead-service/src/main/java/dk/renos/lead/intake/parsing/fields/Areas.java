package dk.renos.lead.intake.parsing.fields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Floor area in m², in the notations Danes write: "120", "120 m2", "120m²", "120 kvm", "ca. 120",
 * "120,5" (→ 121), "1.200" (→ 1200), a range "80-90" or "80 til 90" (→ the upper bound).
 */
public final class Areas {

  private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d{1,5}(?:[,.]\\d{1,2})?)";
  private static final String UNIT =
      "(?:m2|m²|m\\^2|m\\s?2|kvm\\.?|kvadratmeter|kvadrat|kv\\.?\\s?m\\.?|sqm|square\\s+meters?)";
  private static final Pattern VALUE =
      Pattern.compile("(?iu)(?<![\\d.,])" + NUMBER + "(?:\\s*(?:-|–|til)\\s*" + NUMBER + ")?");
  private static final Pattern IN_TEXT =
      Pattern.compile(
          "(?iu)(?<![\\d.,])"
              + NUMBER
              + "(?:\\s*(?:-|–|til)\\s*"
              + NUMBER
              + ")?\\s*"
              + UNIT
              + "(?![\\p{L}\\d])");

  private Areas() {}

  /** The area in a labelled value ("Størrelse: ca. 120 m2"); a unit is optional. */
  public static Integer fromValue(String value) {
    return value == null ? null : first(value, VALUE);
  }

  /** The area in running text: a number needs its unit ("vi har 120 kvm"). */
  public static Integer inText(String text) {
    return text == null ? null : first(text, IN_TEXT);
  }

  private static Integer first(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String number = m.group(2) != null ? m.group(2) : m.group(1);
      Integer sqm = toSquareMetres(number);
      if (sqm != null && sqm >= 5 && sqm <= 100_000) {
        return sqm;
      }
    }
    return null;
  }

  /** "1.200" is twelve hundred, "98,5" and "98.5" are ninety-eight and a half. */
  private static Integer toSquareMetres(String number) {
    if (number.length() > 9) {
      return null;
    }
    String plain =
        number.matches("\\d{1,3}(?:\\.\\d{3})+")
            ? number.replace(".", "")
            : number.replace(',', '.');
    return new BigDecimal(plain).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }
}
