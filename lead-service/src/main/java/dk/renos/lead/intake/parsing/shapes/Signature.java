package dk.renos.lead.intake.parsing.shapes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and company under a sign-off ("Mvh" / "Venlig hilsen" / "Best regards" ...), on the
 * sign-off line itself or the lines after it. Both null when the mail has no signature.
 */
record Signature(String name, String company) {

  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?iu)^(?:mvh\\.?|m\\.v\\.h\\.?|med\\s+venlig\\s+hilsen|venlig\\s+hilsen|venligst|vh|hilsen|kh|kærlig\\s+hilsen"
              + "|de\\s+bedste\\s+hilsner|bedste\\s+hilsner|mange\\s+hilsner|hilsner|på\\s+forhånd\\s+tak|tak\\s+på\\s+forhånd"
              + "|best\\s+regards|kind\\s+regards|regards)[,.!]?\\s*(.*)$");
  private static final Pattern PERSON_NAME =
      Pattern.compile(
          "(?u)^[A-ZÆØÅ][\\p{L}'\\-]+(?:\\s+(?:[A-ZÆØÅ][\\p{L}'\\-]+|[A-ZÆØÅ]\\.|von|van|de))*(?:\\s+[A-ZÆØÅ][\\p{L}'\\-]+)?$");
  private static final Pattern COMPANY =
      Pattern.compile(
          "(?u)^(?!.*@)(?!.*\\d{4}).*(?:(?<![\\p{L}])(?:ApS|A/S|I/S|IVS|P/S|K/S|SMBA|AMBA)(?![\\p{L}])"
              + "|(?<![\\p{L}])(?:Tegnestue|Tegnestuen|Advokatfirma|Revision|Klinik|Kontor|Holding|Consult|Group|Gruppen)\\p{L}*).*$");

  static Signature of(String body) {
    String[] lines = body.split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      Matcher signOff = SIGN_OFF.matcher(lines[i].strip());
      if (!signOff.matches()) {
        continue;
      }
      String name = null;
      String company = null;
      String sameLine = signOff.group(1).strip();
      int next = i + 1;
      if (!sameLine.isEmpty()) {
        name = personName(sameLine);
      }
      for (int seen = 0; next < lines.length && seen < 4; next++) {
        String line = lines[next].strip();
        if (line.isEmpty()) {
          continue;
        }
        seen++;
        if (name == null && personName(line) != null && !COMPANY.matcher(line).matches()) {
          name = personName(line);
        } else if (company == null && COMPANY.matcher(line).matches()) {
          company = line.replaceAll("[,.]+$", "");
        }
      }
      if (name != null || company != null) {
        return new Signature(name, company);
      }
    }
    // a sign-off inside the last line: "... Tlf 61 62 63 64. Mvh Anne Berg"
    for (int i = lines.length - 1; i >= 0; i--) {
      if (lines[i].isBlank()) {
        continue;
      }
      Matcher inline = INLINE_SIGN_OFF.matcher(lines[i].strip());
      if (inline.find()) {
        String name = personName(inline.group(1));
        if (name != null) {
          return new Signature(name, null);
        }
      }
      break;
    }
    return new Signature(null, null);
  }

  private static final Pattern INLINE_SIGN_OFF =
      Pattern.compile(
          "(?iu)(?:^|[.!]\\s+)(?:mvh\\.?|venlig\\s+hilsen|med\\s+venlig\\s+hilsen|hilsen|kh|vh)[,.]?\\s+(.+?)\\s*$");

  private static String personName(String line) {
    String candidate = line.replaceAll("[,.]+$", "").strip();
    String[] words = candidate.split("\\s+");
    if (words.length < 1 || words.length > 5 || !PERSON_NAME.matcher(candidate).matches()) {
      return null;
    }
    return candidate;
  }

  @Override
  public String toString() {
    return "Signature[name=" + (name != null) + ", company=" + (company != null) + "]";
  }
}
