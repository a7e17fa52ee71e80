package dk.renos.lead.intake.parsing.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish address split into street ("Skovvejen 9A, 2. th."), postal code ("8000") and city
 * ("Aarhus C"); any part may be null. Contains personal data: never log it.
 */
public record PostalAddress(String street, String postalCode, String city) {

  private static final Pattern POSTAL_AND_CITY =
      Pattern.compile(
          "(?iu)(?:^|[,\\s])(?:DK-?\\s?)?([1-9]\\d{3})\\s+([\\p{L}][\\p{L}.'\\- ]*?)\\s*[,.]?\\s*(?:danmark|denmark)?\\s*$");
  private static final String CITY =
      "[A-ZÆØÅ][\\p{L}\\-]+(?: (?:[A-ZÆØÅ][\\p{L}\\-]+|NV|SV|NØ|SØ|[A-ZÆØÅ])(?![\\p{L}]))*";
  private static final String STREET_WORDS =
      "[A-ZÆØÅ][\\p{L}.'\\-]*(?: (?:[A-ZÆØÅ][\\p{L}.'\\-]*|\\d{1,2}\\.))?(?: [A-ZÆØÅ][\\p{L}.'\\-]*){0,2}";
  private static final String FLOOR =
      "(?:,? ?(?:\\d{1,2}\\.? ?(?:sal\\.?|th\\.?|tv\\.?|mf\\.?|t\\.h\\.?|t\\.v\\.?)?|st\\.? ?(?:th|tv|mf)?\\.?)"
          + "(?: ?(?:th|tv|mf)\\.?)?)?";
  private static final Pattern IN_TEXT =
      Pattern.compile(
          "(?u)("
              + STREET_WORDS
              + " \\d{1,4}(?: ?[A-ZÆØÅ]|[a-zæøå])?(?![\\p{L}])"
              + FLOOR
              + ")\\s?,?\\s(?:i\\s+)?(?:DK-?)?([1-9]\\d{3})\\s+("
              + CITY
              + ")");
  private static final Pattern POSTAL_CODE = Pattern.compile("(?<!\\d)[1-9]\\d{3}(?!\\d)");

  public static final PostalAddress NONE = new PostalAddress(null, null, null);

  /**
   * "Skovvejen 9A, 8000 Aarhus C" → ("Skovvejen 9A", "8000", "Aarhus C"); "DK-" prefixes and ",
   * Danmark" are dropped; a value without postal code is all street.
   */
  public static PostalAddress fromValue(String value) {
    if (value == null || value.isBlank()) {
      return NONE;
    }
    String v = Text.collapse(value);
    Matcher m = POSTAL_AND_CITY.matcher(v);
    if (m.find()) {
      String street = v.substring(0, m.start()).replaceAll("[,\\s]+$", "").strip();
      return new PostalAddress(
          street.isEmpty() ? null : street, m.group(1), Text.tidyCity(m.group(2)));
    }
    return new PostalAddress(v.replaceAll("[,\\s]+$", ""), null, null);
  }

  /** An address in running text, only in the form "Street 12[, 2. tv], 2200 City"; else NONE. */
  public static PostalAddress inText(String text) {
    if (text == null) {
      return NONE;
    }
    Matcher m = IN_TEXT.matcher(text);
    if (m.find()) {
      return new PostalAddress(
          Text.collapse(m.group(1)).replaceAll(",$", ""), m.group(2), Text.tidyCity(m.group(3)));
    }
    return NONE;
  }

  /** The four-digit postal code in a value such as "DK-8000" or "8000 Aarhus", or null. */
  public static String postalCodeIn(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = POSTAL_CODE.matcher(value);
    return m.find() ? m.group() : null;
  }

  public boolean isEmpty() {
    return street == null && postalCode == null && city == null;
  }

  @Override
  public String toString() {
    return "PostalAddress[postalCode=" + (postalCode == null ? "none" : "set") + "]";
  }
}
