package dk.renos.lead.intake.parsing;

import java.util.Objects;

/**
 * The outcome of parsing one e-mail: a lead, a lead a person must look at, or not a lead at all.
 */
public sealed interface ParseResult {

  /**
   * A lead with everything the next step needs (contact and service type), extracted with
   * confidence.
   */
  record Lead(LeadSource source, ParsedLead fields) implements ParseResult {
    public Lead {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(fields, "fields");
    }
  }

  /**
   * Probably a lead, but something is missing or uncertain; {@code partial} holds what could be
   * read.
   */
  record ManualReview(LeadSource source, String reason, ParsedLead partial) implements ParseResult {
    public ManualReview {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(partial, "partial");
    }
  }

  /** Ordinary mail: newsletters, invoices, replies in existing conversations, auto-replies. */
  record NotALead(String reason) implements ParseResult {
    public NotALead {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
