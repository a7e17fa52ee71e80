package dk.renos.chat.llm;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Data minimisation: a customer's email, phone and address go to the model only when the staff
 * member's question is about them. Decided from the question by code, never by the model.
 */
record ContactScope(boolean email, boolean phone, boolean address) {

  private static final Pattern EMAIL = Pattern.compile("e-?mail|mailadresse|mail-adresse");

  private static final Pattern PHONE = Pattern.compile("telefon|tlf|nummer|ringe|mobil");

  /** "adresse" but not "mailadresse" / "e-mail-adresse". */
  private static final Pattern ADDRESS = Pattern.compile("(?<!mail)(?<!mail-)adresse|hvor bor");

  static ContactScope of(String question) {
    String text = question.toLowerCase(Locale.ROOT);
    return new ContactScope(
        EMAIL.matcher(text).find(), PHONE.matcher(text).find(), ADDRESS.matcher(text).find());
  }
}
