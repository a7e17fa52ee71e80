package dk.renos.events.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by quote-service when the pricing engine has priced a lead and a quote email has been
 * drafted; the draft now waits for a person's approval. Key: {@code quoteId}.
 *
 * @param quoteId the quote; the Kafka key
 * @param leadId the lead it answers
 * @param customerId the customer
 * @param serviceType as in {@code LeadCreated.serviceType}
 * @param persons cleaners on the job
 * @param hoursOnSite estimated hours on site, rounded up to the half hour (e.g. 2.5)
 * @param priceInclVatOre billed person-hours × 349 kr (see quote-service PRICING.md), including 25
 *     % VAT, in øre
 * @param priceAfterDeductionOre the price after servicefradrag, in øre
 * @param visitMinutes default visit length offered when booking
 * @param draftedAt when the draft was made
 */
public record QuoteDrafted(
    UUID quoteId,
    UUID leadId,
    UUID customerId,
    String serviceType,
    int persons,
    BigDecimal hoursOnSite,
    long priceInclVatOre,
    long priceAfterDeductionOre,
    int visitMinutes,
    Instant draftedAt) {

  public QuoteDrafted {
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(leadId, "leadId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(serviceType, "serviceType");
    Objects.requireNonNull(hoursOnSite, "hoursOnSite");
    Objects.requireNonNull(draftedAt, "draftedAt");
  }
}
