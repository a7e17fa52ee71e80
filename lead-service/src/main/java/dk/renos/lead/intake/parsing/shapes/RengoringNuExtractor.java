package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.LeadSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portal A, Rengøring.nu via Leadmail.no: as every portal, plus the customer's name in the subject
 * ("Mette Hansen fra Rengøring.nu", "Nyt lead fra Rengøring.nu - Søren Østergaard") when the body
 * has no name label.
 */
final class RengoringNuExtractor extends PortalLeadExtractor {

  private static final Pattern NAME_SUBJECT =
      Pattern.compile("(?iu)^(?:(?:fwd?|vs|fw)\\s*:\\s*)*(.+?)\\s+fra\\s+reng\\S*\\.nu\\s*$");
  private static final Pattern NYT_LEAD_SUBJECT =
      Pattern.compile("(?iu)^(?:(?:fwd?|vs|fw)\\s*:\\s*)*nyt\\s+lead\\s+fra\\b\\s*(.*)$");
  private static final Pattern PORTAL_NAMES =
      Pattern.compile(
          "(?iu)reng\\S*\\.nu|(?:via\\s+)?leadmail\\.no|rengøring\\s+aarhus|leadpoint(?:\\.dk)?|adhelp(?:\\.dk)?");
  private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}][\\p{L} .'\\-]{1,79}");

  RengoringNuExtractor() {
    super(LeadSource.RENGORING_NU);
  }

  @Override
  String nameFromSubject(String subject) {
    Matcher nyt = NYT_LEAD_SUBJECT.matcher(subject);
    if (nyt.matches()) {
      String rest =
          PORTAL_NAMES.matcher(nyt.group(1)).replaceAll(" ").replaceAll("[\\-–:|,()]", " ").strip();
      return PERSON_NAME.matcher(rest).matches() ? rest : null;
    }
    Matcher m = NAME_SUBJECT.matcher(subject);
    if (m.matches() && PERSON_NAME.matcher(m.group(1).strip()).matches()) {
      return m.group(1).strip();
    }
    return null;
  }
}
