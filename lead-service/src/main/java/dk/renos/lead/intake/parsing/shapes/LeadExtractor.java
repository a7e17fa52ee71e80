package dk.renos.lead.intake.parsing.shapes;

/**
 * Reads the lead fields out of one shape of mail (a portal's labelled body, the website form, a
 * customer's own words, ...). {@code LeadParser} asks each extractor in turn whether it {@link
 * #reads} a mail and lets the first that does {@link #extract} it. Implementations are stateless.
 */
public interface LeadExtractor {

  /** Whether this mail has the shape this extractor reads. */
  boolean reads(Mail mail);

  /** The fields of a mail that {@link #reads} accepted, with any reasons for doubt. */
  Extraction extract(Mail mail);
}
