package dk.renos.events.quote;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by quote-service when an approved quote has been sent to the customer (its email was
 * accepted by Gmail). Key: {@code quoteId}.
 *
 * @param quoteId the quote; the Kafka key
 * @param customerId the customer it went to
 * @param emailMessageId the outgoing email (see {@code EmailSent.messageId})
 * @param sentAt when it was sent
 */
public record QuoteSent(UUID quoteId, UUID customerId, UUID emailMessageId, Instant sentAt) {

  public QuoteSent {
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(emailMessageId, "emailMessageId");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
