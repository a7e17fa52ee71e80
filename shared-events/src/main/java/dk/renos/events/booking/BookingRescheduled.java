package dk.renos.events.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by booking-service when a confirmed booking has been moved to another time or team
 * (never onto a slot another booking of that team holds). Key: {@code bookingId}.
 *
 * @param bookingId the booking; the Kafka key
 * @param quoteId the quote it fulfils
 * @param customerId the customer
 * @param teamId the team doing the visit from now on
 * @param previousStartsAt the start before the move
 * @param previousEndsAt the end before the move
 * @param startsAt the new start
 * @param endsAt the new end
 * @param rescheduledAt when it was moved
 */
public record BookingRescheduled(
    UUID bookingId,
    UUID quoteId,
    UUID customerId,
    String teamId,
    Instant previousStartsAt,
    Instant previousEndsAt,
    Instant startsAt,
    Instant endsAt,
    Instant rescheduledAt) {

  public BookingRescheduled {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(previousStartsAt, "previousStartsAt");
    Objects.requireNonNull(previousEndsAt, "previousEndsAt");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(rescheduledAt, "rescheduledAt");
  }
}
