package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.InboundEmail;
import dk.renos.lead.intake.parsing.LeadSource;
import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import dk.renos.lead.intake.parsing.fields.LabelledBody;
import dk.renos.lead.intake.parsing.fields.LabelledBody.Field;
import dk.renos.lead.intake.parsing.fields.Text;
import java.util.List;

/**
 * One e-mail as the classifier and the extractors see it: text normalised ({@link Text#normalise}),
 * sender lower-cased, source by sender domain, and the body's "label: value" lines read once.
 * Contains personal data: never log it.
 */
public record Mail(
    String from,
    String fromName,
    String subject,
    String body,
    List<String> replyTo,
    boolean bulkOrAutomatic,
    LeadSource source,
    LabelledBody labels) {

  public static Mail of(InboundEmail email) {
    String body = Text.normalise(email.bodyText());
    return new Mail(
        EmailAddresses.normalise(email.from()),
        email.fromName().replaceAll("^[\"']+|[\"']+$", "").strip(),
        Text.normalise(email.subject()).strip(),
        body,
        email.replyTo(),
        email.bulkOrAutomatic(),
        LeadSource.ofSender(email.from()),
        LabelledBody.parse(body));
  }

  /** Whether the body carries contact labels (Navn, Email, Telefon, ...). */
  public boolean hasContactLabels() {
    return labels.has(Field.NAME)
        || labels.has(Field.FIRST_NAME)
        || labels.has(Field.EMAIL)
        || labels.has(Field.PHONE);
  }

  /** A filled-in form: an e-mail or phone label and at least three known labels. */
  public boolean isForm() {
    return (labels.has(Field.EMAIL) || labels.has(Field.PHONE)) && labels.knownFieldCount() >= 3;
  }

  /** Subject and body, for word searches. */
  public String text() {
    return subject + "\n" + body;
  }

  @Override
  public String toString() {
    return "Mail[source=" + source + "]";
  }
}
