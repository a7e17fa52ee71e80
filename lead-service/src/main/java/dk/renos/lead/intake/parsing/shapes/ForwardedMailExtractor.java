package dk.renos.lead.intake.parsing.shapes;

import java.util.List;

/**
 * A forwarded mail: the original inside it is extracted by the extractor for the original's shape
 * (a forwarded portal lead is still that portal's lead; a forwarded customer mail is the customer's
 * free text, with the original sender as the customer).
 */
final class ForwardedMailExtractor implements LeadExtractor {

  private final List<LeadExtractor> others;

  ForwardedMailExtractor(List<LeadExtractor> others) {
    this.others = List.copyOf(others);
  }

  @Override
  public boolean reads(Mail mail) {
    return ForwardedMail.inner(mail).isPresent();
  }

  @Override
  public Extraction extract(Mail mail) {
    Mail original = ForwardedMail.innermost(mail);
    return others.stream()
        .filter(extractor -> extractor.reads(original))
        .findFirst()
        .orElseThrow()
        .extract(original);
  }
}
