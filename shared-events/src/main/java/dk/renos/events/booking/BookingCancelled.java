package dk.renos.events.booking;

import dk.renos.events.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by booking-service when a booking has been cancelled (by the customer or the office)
 * and its calendar event removed. Key: {@code bookingId}.
 *
 * @param bookingId the booking; the Kafka key
 * @param quoteId the quote it fulfilled
 * @param reason free text from the person who cancelled, or {@code null}; may contain personal data
 * @param cancelledAt when it was cancelled
 */
public record BookingCancelled(
    UUID bookingId, UUID quoteId, @Nullable String reason, Instant cancelledAt) {

  public BookingCancelled {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(cancelledAt, "cancelledAt");
  }
}
