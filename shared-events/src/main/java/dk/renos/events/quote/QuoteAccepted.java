package dk.renos.events.quote;

import dk.renos.events.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by quote-service when the customer has accepted a sent quote (recorded by staff or
 * detected in a reply); booking-service then finds a slot. Key: {@code quoteId}.
 *
 * @param quoteId the quote; the Kafka key
 * @param leadId the lead it answered
 * @param customerId the customer
 * @param visitMinutes visit length to book
 * @param acceptedAt when the customer accepted
 * @param chosenStart the start of the slot the customer picked, or {@code null}: book the nearest
 *     free slot
 * @param teamId the team of the slot the customer picked, or {@code null} when no slot was picked
 */
public record QuoteAccepted(
    UUID quoteId,
    UUID leadId,
    UUID customerId,
    int visitMinutes,
    Instant acceptedAt,
    @Nullable Instant chosenStart,
    @Nullable String teamId) {

  public QuoteAccepted {
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(leadId, "leadId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
  }
}
