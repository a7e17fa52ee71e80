package dk.renos.events.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by booking-service when a slot has been booked in the calendar and the booking is
 * confirmed (never twice for one slot). Key: {@code bookingId}.
 *
 * @param bookingId the booking; the Kafka key
 * @param quoteId the accepted quote it fulfils
 * @param customerId the customer
 * @param startsAt start of the visit
 * @param endsAt end of the visit
 * @param confirmedAt when it was confirmed
 */
public record BookingConfirmed(
    UUID bookingId,
    UUID quoteId,
    UUID customerId,
    Instant startsAt,
    Instant endsAt,
    Instant confirmedAt) {

  public BookingConfirmed {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
  }
}
