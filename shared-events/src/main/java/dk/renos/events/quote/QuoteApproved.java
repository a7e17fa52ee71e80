package dk.renos.events.quote;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by quote-service when a person approved a drafted quote for sending; in the same
 * transaction quote-service asks email-ingest-service to send it ({@code SendEmailRequested} with
 * {@code commandId}). {@code QuoteSent} follows once the mail went out; in dry-run it never does.
 * Key: {@code quoteId}.
 *
 * @param quoteId the quote; the Kafka key
 * @param leadId the lead it answers
 * @param customerId the customer
 * @param commandId the {@code SendEmailRequested.commandId} that sends it (and that {@code
 *     EmailSent.commandId} answers)
 * @param approvedBy the staff user who approved it
 * @param approvedAt when it was approved
 */
public record QuoteApproved(
    UUID quoteId,
    UUID leadId,
    UUID customerId,
    UUID commandId,
    String approvedBy,
    Instant approvedAt) {

  public QuoteApproved {
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(leadId, "leadId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedAt, "approvedAt");
  }
}
