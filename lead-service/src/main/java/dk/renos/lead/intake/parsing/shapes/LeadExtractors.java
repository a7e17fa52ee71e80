package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.LeadSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractors in the order they are asked: forwards first (they are unwrapped and handed to the
 * extractor of the original's shape), then the three portals by sender, the website form, and a
 * customer's free text for everything else. To add a shape, write a {@link LeadExtractor} and put
 * it here before the first extractor that would also read it.
 */
public final class LeadExtractors {

  private final List<LeadExtractor> ordered;

  public LeadExtractors() {
    List<LeadExtractor> byShape =
        List.of(
            new RengoringNuExtractor(),
            new PortalLeadExtractor(LeadSource.RENGORING_AARHUS),
            new PortalLeadExtractor(LeadSource.ADHELP),
            new WebsiteFormExtractor(),
            new FreeTextMailExtractor());
    List<LeadExtractor> all = new ArrayList<>();
    all.add(new ForwardedMailExtractor(byShape));
    all.addAll(byShape);
    this.ordered = List.copyOf(all);
  }

  /** The first extractor that reads this mail (the free-text one reads any non-portal mail). */
  public LeadExtractor choose(Mail mail) {
    return ordered.stream().filter(e -> e.reads(mail)).findFirst().orElseThrow();
  }
}
