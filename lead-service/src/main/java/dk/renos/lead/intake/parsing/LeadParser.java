package dk.renos.lead.intake.parsing;

import dk.renos.lead.intake.parsing.classify.NotALeadClassifier;
import dk.renos.lead.intake.parsing.shapes.Extraction;
import dk.renos.lead.intake.parsing.shapes.ForwardedMail;
import dk.renos.lead.intake.parsing.shapes.LeadExtractors;
import dk.renos.lead.intake.parsing.shapes.Mail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one lead parser: turns an inbound e-mail into a {@link ParseResult}. It only chooses: the
 * {@link NotALeadClassifier} says whether the mail (a forward's original, when it is a forward) is
 * no lead at all; otherwise the extractor for the mail's shape ({@link LeadExtractors}) reads the
 * fields, and anything missing or uncertain sends the lead to manual review. Pure and stateless
 * (thread-safe). See {@code lead-service/LEAD-PARSING.md}.
 */
public final class LeadParser {

  private final NotALeadClassifier classifier = new NotALeadClassifier();
  private final LeadExtractors extractors = new LeadExtractors();

  /**
   * Parses one e-mail. Never throws for odd input; anything it cannot place goes to manual review.
   */
  public ParseResult parse(InboundEmail email) {
    Mail mail = Mail.of(email);
    Optional<String> notALead = classifier.classify(ForwardedMail.innermost(mail));
    if (notALead.isPresent()) {
      return new ParseResult.NotALead(notALead.get());
    }
    Extraction extraction = extractors.choose(mail).extract(mail);
    return decide(extraction);
  }

  private static ParseResult decide(Extraction extraction) {
    ParsedLead lead = extraction.fields();
    List<String> reasons = new ArrayList<>(extraction.reasons());
    if (!extraction.recognised()) {
      return new ParseResult.ManualReview(extraction.source(), String.join("; ", reasons), lead);
    }
    if (!lead.hasContact()) {
      reasons.add("no e-mail address or phone number");
    }
    if (lead.serviceType() == null
        && reasons.stream().noneMatch(r -> r.startsWith("several service types"))) {
      reasons.add("no service type detected");
    }
    if (reasons.isEmpty()) {
      return new ParseResult.Lead(extraction.source(), lead);
    }
    return new ParseResult.ManualReview(extraction.source(), String.join("; ", reasons), lead);
  }
}
