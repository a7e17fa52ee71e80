package dk.renos.quote.approval.web;

import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Exactly what approval sends (or sent): recipient, thread, subject and body. Personal data: for
 * staff's eyes, never logged.
 *
 * @param to the one permitted recipient; null when there is none
 * @param callCustomer true when there is no permitted recipient: approval is refused, staff must
 *     call the customer
 * @param threadId the RenOS thread the mail answers; null = a new conversation (Rengøring.nu,
 *     AdHelp, or a lead entered by hand)
 * @param slotsOffered false when booking-service could not offer slots and the mail says we will
 *     propose times
 * @param textSource where the opening and closing came from: TEMPLATE, STAFF, MODEL, or
 *     TEMPLATE_AFTER_MODEL_FAILURE (the model failed or timed out; see quote_text_call)
 */
record MailPreview(
    UUID quoteId,
    QuoteStatus status,
    String to,
    boolean callCustomer,
    UUID threadId,
    String subject,
    String body,
    boolean slotsOffered,
    String textSource,
    Instant preparedAt) {

  static MailPreview of(Quote quote) {
    return new MailPreview(
        quote.getId(),
        quote.getStatus(),
        quote.getMailTo(),
        quote.getMailTo() == null,
        quote.getMailThreadId(),
        quote.getMailSubject(),
        quote.getMailBody(),
        Boolean.TRUE.equals(quote.getMailSlotsOffered()),
        quote.getMailTextSource(),
        quote.getMailPreparedAt());
  }
}
