package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import dk.renos.lead.intake.parsing.fields.LabelledBody.Field;
import java.util.List;

/**
 * The customer's e-mail in mail a customer (or the website form on their behalf) sent us: the
 * labelled address; else a usable Reply-To; else the sender unless it is a no-reply or portal
 * address; else the first usable address in the text.
 */
final class CustomerAddress {

  private CustomerAddress() {}

  static String of(Mail mail, String text, List<String> reasons) {
    if (mail.labels().value(Field.EMAIL) != null) {
      return LeadFields.labelledEmail(mail.labels(), reasons);
    }
    String replyTo = LeadFields.replyToAddress(mail);
    if (replyTo != null) {
      return replyTo;
    }
    if (LeadFields.usableCustomerAddress(mail.from())) {
      return mail.from();
    }
    for (String address : EmailAddresses.findAll(text)) {
      if (LeadFields.usableCustomerAddress(address)) {
        return address;
      }
    }
    return null;
  }
}
