package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.LeadSource;
import dk.renos.lead.intake.parsing.ParsedLead;
import dk.renos.lead.intake.parsing.classify.NotALeadClassifier;
import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import dk.renos.lead.intake.parsing.fields.LabelledBody.Field;
import dk.renos.lead.intake.parsing.fields.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A lead portal's relayed lead: "label: value" lines in the portal's wording (labels in any order,
 * worded as the portal words them this year). The sender is the portal's relay, never the customer:
 * the customer's e-mail is the labelled one, else a usable Reply-To, else the first address in the
 * body outside the portal's domain. A portal mail without contact labels (and, for Rengøring.nu,
 * without a lead subject) that the classifier did not place is an unknown format: it goes to manual
 * review, never silently away.
 */
class PortalLeadExtractor implements LeadExtractor {

  private final LeadSource portal;

  PortalLeadExtractor(LeadSource portal) {
    if (portal == LeadSource.WEBSITE) {
      throw new IllegalArgumentException("not a portal: " + portal);
    }
    this.portal = portal;
  }

  @Override
  public boolean reads(Mail mail) {
    return mail.source() == portal;
  }

  @Override
  public Extraction extract(Mail mail) {
    List<String> reasons = new ArrayList<>();
    boolean recognised = NotALeadClassifier.isPortalLead(mail);
    if (!recognised) {
      reasons.add("unrecognised message format from " + portal.displayName());
    }
    String name = LeadFields.labelledName(mail.labels());
    if (name == null) {
      name = nameFromSubject(mail.subject());
    }
    String email;
    if (mail.labels().value(Field.EMAIL) != null) {
      email = LeadFields.labelledEmail(mail.labels(), reasons);
    } else {
      email = LeadFields.replyToAddress(mail);
      if (email == null) {
        email = addressInBody(mail);
      }
    }
    ParsedLead fields =
        LeadFields.read(mail, mail.body(), Text.tidyName(name), email, null, reasons);
    return new Extraction(portal, fields, reasons, recognised);
  }

  /** A portal that names the customer only in its subject ("Mette Hansen fra Rengøring.nu"). */
  String nameFromSubject(String subject) {
    return null;
  }

  private static String addressInBody(Mail mail) {
    String senderDomain = EmailAddresses.domain(mail.from());
    for (String address : EmailAddresses.findAll(mail.body())) {
      if (LeadFields.usableCustomerAddress(address)
          && !address.equals(mail.from())
          && (senderDomain == null || !senderDomain.equals(EmailAddresses.domain(address)))) {
        return address;
      }
    }
    return null;
  }
}
