package dk.renos.quote.quotes;

import dk.renos.quote.pricing.CustomerKind;
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
    List<String> explanation,
    Instant leadReceivedAt,
    Instant acceptedAt,
    Instant createdAt,
    Instant updatedAt) {

  public static QuoteView from(Quote quote) {
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
        quote.getExplanation(),
        quote.getLeadReceivedAt(),
        quote.getAcceptedAt(),
        quote.getCreatedAt(),
        quote.getUpdatedAt());
  }
}
