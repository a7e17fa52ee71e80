package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.LeadSource;
import dk.renos.lead.intake.parsing.ParsedLead;
import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import dk.renos.lead.intake.parsing.fields.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The website's contact form (or any form mailer): not from a portal, with an e-mail or phone label
 * and at least three known labels, often from a no-reply sender with the customer in Reply-To or in
 * the body. The name is the labelled one, else the sender's display name (unless the sender is a
 * no-reply form mailer).
 */
final class WebsiteFormExtractor implements LeadExtractor {

  @Override
  public boolean reads(Mail mail) {
    return mail.source() == LeadSource.WEBSITE && mail.isForm();
  }

  @Override
  public Extraction extract(Mail mail) {
    List<String> reasons = new ArrayList<>();
    String name = LeadFields.labelledName(mail.labels());
    if (name == null
        && !EmailAddresses.isNoReply(mail.from())
        && !mail.fromName().isEmpty()
        && !mail.fromName().contains("@")) {
      name = mail.fromName();
    }
    String email = CustomerAddress.of(mail, mail.body(), reasons);
    ParsedLead fields =
        LeadFields.read(mail, mail.body(), Text.tidyName(name), email, null, reasons);
    return new Extraction(LeadSource.WEBSITE, fields, reasons);
  }
}
