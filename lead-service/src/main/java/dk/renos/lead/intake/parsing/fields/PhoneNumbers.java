package dk.renos.lead.intake.parsing.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Danish phone numbers: eight digits, optionally prefixed by +45 or 0045, in any grouping. */
public final class PhoneNumbers {

  /** The phone-like start of a value: a plus or digit, then digits and separators. */
  private static final Pattern PHONE_PREFIX = Pattern.compile("[+\\d][\\d\\s\\-./()\\u00A0]*");

  private static final Pattern LEADING_PAREN_PREFIX =
      Pattern.compile("^\\(\\s*(\\+|00)\\s*45\\s*\\)");
  private static final Pattern DANISH_SUBSCRIBER = Pattern.compile("[2-9]\\d{7}");

  /** A number in running text: 8 digits (possibly grouped), optionally after +45/0045. */
  private static final Pattern IN_TEXT =
      Pattern.compile(
          "(?<![\\d+])((?:\\+|00)\\s?45[\\s\\-]?)?(\\d{2}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}|\\d{4}[\\s\\-]\\d{4})(?![\\d])");

  private static final Pattern PHONE_CONTEXT =
      Pattern.compile("(?iu)(tlf|telefon|mobil|ring|nummer|nr\\.?|phone|kontakt)[^\\n]{0,20}$");
  private static final Pattern NOT_A_PHONE_CONTEXT =
      Pattern.compile("(?iu)(cvr|se-nr|konto|reg\\.?|ordre|faktura)[^\\n]{0,15}$");

  private PhoneNumbers() {}

  /**
   * Normalises a Danish number to {@code +45XXXXXXXX}; returns null when the value is not a Danish
   * 8-digit number (foreign numbers, too few or too many digits, numbers starting with 0 or 1).
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    Matcher paren = LEADING_PAREN_PREFIX.matcher(value);
    if (paren.find()) {
      value = "+45" + value.substring(paren.end());
    }
    Matcher prefix = PHONE_PREFIX.matcher(value);
    if (!prefix.lookingAt()) {
      int firstDigit = firstPhoneChar(value);
      if (firstDigit < 0) {
        return null;
      }
      prefix = PHONE_PREFIX.matcher(value.substring(firstDigit));
      if (!prefix.lookingAt()) {
        return null;
      }
    }
    String digits = prefix.group().replaceAll("[\\s\\-./()\\u00A0]", "");
    if (digits.startsWith("+45")) {
      digits = digits.substring(3);
    } else if (digits.startsWith("0045")) {
      digits = digits.substring(4);
    } else if (digits.length() == 10 && digits.startsWith("45")) {
      digits = digits.substring(2);
    } else if (digits.startsWith("+")) {
      return null;
    }
    return DANISH_SUBSCRIBER.matcher(digits).matches() ? "+45" + digits : null;
  }

  /**
   * Finds a Danish phone number in free text. To avoid taking CVR, order or account numbers, an
   * unprefixed, ungrouped 8-digit number only counts after a word such as "tlf", "telefon", "mobil"
   * or "ring".
   */
  public static String findInText(String text) {
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 30), m.start());
      if (NOT_A_PHONE_CONTEXT.matcher(before).find()) {
        continue;
      }
      boolean prefixed = m.group(1) != null;
      boolean grouped = m.group(2).matches(".*[\\s\\-].*");
      boolean context = PHONE_CONTEXT.matcher(before).find();
      if (prefixed || grouped || context) {
        String normalised = normalise(m.group());
        if (normalised != null) {
          return normalised;
        }
      }
    }
    return null;
  }

  private static int firstPhoneChar(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '+' || Character.isDigit(c)) {
        return i;
      }
    }
    return -1;
  }
}
