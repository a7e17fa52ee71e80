package dk.renos.events.quote;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by quote-service when a person rejected a drafted quote: it is not sent, and nothing
 * more happens to it. Key: {@code quoteId}.
 *
 * @param quoteId the quote; the Kafka key
 * @param leadId the lead it answered
 * @param customerId the customer
 * @param reason staff's reason, in their words (may name the customer: never log it)
 * @param rejectedBy the staff user who rejected it
 * @param rejectedAt when it was rejected
 */
public record QuoteRejected(
    UUID quoteId,
    UUID leadId,
    UUID customerId,
    String reason,
    String rejectedBy,
    Instant rejectedAt) {

  public QuoteRejected {
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(leadId, "leadId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rejectedBy, "rejectedBy");
    Objects.requireNonNull(rejectedAt, "rejectedAt");
  }
}
