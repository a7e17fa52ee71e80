package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.LeadSource;
import dk.renos.lead.intake.parsing.ParsedLead;
import java.util.List;

/**
 * What an extractor read from one mail: the source it belongs to, the fields, and why the
 * extraction is uncertain (empty when it is not); {@code recognised} is false for a mail the
 * extractor took only because of its sender (an unknown portal format): then its reason is all
 * there is to say. Reasons never contain personal data.
 */
public record Extraction(
    LeadSource source, ParsedLead fields, List<String> reasons, boolean recognised) {

  public Extraction {
    reasons = List.copyOf(reasons);
  }

  /** A mail in a shape the extractor knows. */
  public Extraction(LeadSource source, ParsedLead fields, List<String> reasons) {
    this(source, fields, reasons, true);
  }
}
