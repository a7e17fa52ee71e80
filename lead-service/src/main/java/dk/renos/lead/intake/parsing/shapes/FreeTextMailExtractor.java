package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.LeadSource;
import dk.renos.lead.intake.parsing.ParsedLead;
import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import dk.renos.lead.intake.parsing.fields.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A customer's own mail: the details in prose ("vi har et hus på ca. 140 kvm i 8260 Viby ...") and
 * a signature. The customer is the sender; the name is the sender's display name when it is a full
 * name, else the name in the signature; a company in the signature ("Tegnestuen Ørsted ApS") is an
 * office lead's company. Mail that mentions cleaning but asks for nothing goes to manual review.
 */
final class FreeTextMailExtractor implements LeadExtractor {

  private static final Pattern REQUEST =
      Pattern.compile(
          "(?iu)tilbud|(?<![\\p{L}])pris|hvad\\s+koster|(?<![\\p{L}])koste(?![\\p{L}])|tænke\\s+mig|tænke\\s+os|koster\\s+det|bestille|booke|interesse|vil\\s+gerne|vil\\s+høre|ønsker"
              + "|(?<![\\p{L}])kan\\s+i(?![\\p{L}])|(?<![\\p{L}])kunne\\s+i(?![\\p{L}])|har\\s+i\\s+(?:mulighed|tid|plads)"
              + "|forespørg|søger|mangler|brug\\s+for|hjælp\\s+til|hjælp\\s+med|henvendelse|leder\\s+efter|overslag"
              + "|(?<![\\p{L}])i\\s+(?:kan|kunne)\\s+(?:komme|hjælpe|tage)|skal\\s+bruge|would\\s+like|looking\\s+for|quote"
              + "|(?<![\\p{L}])kan\\s+(?:lave|klare|hjælpe|komme|tage)|kender\\s+(?:du|i)\\s+nogen");

  /** "Jeg hedder Mette Hansen", "mit navn er Mette Hansen". */
  private static final Pattern INTRODUCTION =
      Pattern.compile(
          "(?u)(?i:jeg\\s+hedder|mit\\s+navn\\s+er|my\\s+name\\s+is)\\s+([A-ZÆØÅ][\\p{L}'\\-]+(?:\\s+[A-ZÆØÅ][\\p{L}'\\-]+){1,3})");

  @Override
  public boolean reads(Mail mail) {
    return mail.source() == LeadSource.WEBSITE;
  }

  @Override
  public Extraction extract(Mail mail) {
    List<String> reasons = new ArrayList<>();
    if (!REQUEST.matcher(mail.text()).find()) {
      reasons.add("mentions cleaning but does not read like a request");
    }
    Signature signature = Signature.of(mail.body());
    String name = LeadFields.labelledName(mail.labels());
    if (name == null) {
      name = name(mail, signature);
    }
    String email = CustomerAddress.of(mail, mail.body(), reasons);
    ParsedLead fields =
        LeadFields.read(
            mail, mail.body(), Text.tidyName(name), email, signature.company(), reasons);
    return new Extraction(LeadSource.WEBSITE, fields, reasons);
  }

  private static String name(Mail mail, Signature signature) {
    String display = EmailAddresses.isNoReply(mail.from()) ? "" : mail.fromName();
    if (display.contains("@")) {
      display = "";
    }
    boolean fullDisplayName = display.strip().contains(" ");
    if (fullDisplayName) {
      return display;
    }
    if (signature.name() != null) {
      return signature.name();
    }
    java.util.regex.Matcher introduced = INTRODUCTION.matcher(mail.body());
    if (introduced.find()) {
      return introduced.group(1);
    }
    return display.isBlank() ? null : display;
  }
}
