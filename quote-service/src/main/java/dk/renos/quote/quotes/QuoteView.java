package dk.renos.quote.quotes;

import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.terms.QuoteTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A quote as the API shows it; price fields are null while the quote has no price. */
public record QuoteView(
    UUID id,
    UUID leadId,
    UUID customerId,
    QuoteStatus status,
    String statusReason,
    boolean duplicateWarning,
    UUID duplicateOfQuoteId,
    String serviceType,
    String frequency,
    Integer areaSqm,
    List<String> addOns,
    CustomerKind customerKind,
    Integer persons,
    BigDecimal hoursOnSite,
    BigDecimal personHours,
    Long priceInclVatOre,
    Long vatOre,
    Long labourDeductionOre,
    Long priceAfterDeductionOre,
    Integer visitMinutes,
    List<LineView> lines,
    Long roundingOre,
    boolean deductionCapped,
    RegularVisitView regularVisit,
    EstimateView estimatedHoursOnSite,
    String actualTimeNote,
    Instant validUntil,
    String openingText,
    String closingText,
    List<String> explanation,
    Instant leadReceivedAt,
    Instant acceptedAt,
    Instant createdAt,
    Instant updatedAt,
    Boolean mailSlotsOffered,
    String approvedBy,
    Instant approvedAt,
    UUID sendCommandId,
    String sendingNote,
    String rejectedBy,
    Instant rejectedAt,
    String rejectionReason,
    UUID emailMessageId,
    Instant sentAt) {

  /**
   * What staff read on an approved quote that is not sent yet: the mail is with
   * email-ingest-service; in dry-run (the default) it never leaves, so the quote stays APPROVED.
   */
  public static final String AWAITING_SEND =
      "Godkendt og sendt videre til afsendelse. Mailen er ikke sendt endnu; er afsendelse slået fra"
          + " (dry-run, standard), bliver den aldrig sendt: kontakt kunden selv.";

  public static QuoteView from(Quote quote, QuoteTerms terms) {
    boolean priced = quote.getPriceInclVatOre() != null;
    QuoteTotals totals = priced ? quote.totals(terms) : null;
    return new QuoteView(
        quote.getId(),
        quote.getLeadId(),
        quote.getCustomerId(),
        quote.getStatus(),
        quote.getStatusReason(),
        quote.isDuplicateWarning(),
        quote.getDuplicateOfQuoteId(),
        quote.getServiceType(),
        quote.getFrequency(),
        quote.getAreaSqm(),
        quote.getAddOns(),
        quote.getCustomerKind(),
        quote.getPersons(),
        quote.getHoursOnSite(),
        quote.getPersonHours(),
        quote.getPriceInclVatOre(),
        quote.getVatOre(),
        quote.getLabourDeductionOre(),
        quote.getPriceAfterDeductionOre(),
        quote.getVisitMinutes(),
        quote.getLines().stream().map(LineView::from).toList(),
        priced ? totals.roundingOre() : null,
        quote.isDeductionCapped(),
        quote.regularVisitTotals(terms).map(RegularVisitView::from).orElse(null),
        priced
            ? new EstimateView(
                quote.getHoursOnSite(),
                quote.getHoursOnSite().add(QuoteWording.CALL_AFTER_HOURS_OVER))
            : null,
        priced ? QuoteWording.ACTUAL_TIME : null,
        quote.getValidUntil(),
        quote.getOpeningText(),
        quote.getClosingText(),
        quote.getExplanation(),
        quote.getLeadReceivedAt(),
        quote.getAcceptedAt(),
        quote.getCreatedAt(),
        quote.getUpdatedAt(),
        quote.getMailSlotsOffered(),
        quote.getApprovedBy(),
        quote.getApprovedAt(),
        quote.getSendCommandId(),
        quote.getStatus() == QuoteStatus.APPROVED ? AWAITING_SEND : null,
        quote.getRejectedBy(),
        quote.getRejectedAt(),
        quote.getRejectionReason(),
        quote.getEmailMessageId(),
        quote.getSentAt());
  }

  /** One billed line: {@code amountOre = persons × hours × 34,900}. */
  public record LineView(
      LineKind kind, String description, int persons, BigDecimal hours, long amountOre) {
    static LineView from(QuoteLine line) {
      return new LineView(
          line.getKind(),
          line.getDescription(),
          line.getPersons(),
          line.getHours(),
          line.getAmountOre());
    }
  }

  /** What each later visit of a recurring customer costs (without the first-visit extra). */
  public record RegularVisitView(long priceInclVatOre, long priceAfterDeductionOre) {
    static RegularVisitView from(QuoteTotals totals) {
      return new RegularVisitView(totals.priceInclVatOre(), totals.priceAfterDeductionOre());
    }
  }

  /** Hours each person is expected on site: from the estimate to where we call the customer. */
  public record EstimateView(BigDecimal from, BigDecimal to) {}
}
