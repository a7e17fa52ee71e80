package dk.renos.events.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by booking-service when the visit has been marked done (by the team's cleaner or the
 * office), with the actual times the customer pays for. Key: {@code bookingId}.
 *
 * @param bookingId the booking; the Kafka key
 * @param quoteId the quote it fulfilled
 * @param customerId the customer
 * @param teamId the team that did the visit
 * @param actualStart when the work actually started
 * @param actualEnd when the work actually ended
 * @param actualMinutes the minutes between actualStart and actualEnd, for invoicing
 * @param completedAt when it was marked done
 */
public record BookingCompleted(
    UUID bookingId,
    UUID quoteId,
    UUID customerId,
    String teamId,
    Instant actualStart,
    Instant actualEnd,
    int actualMinutes,
    Instant completedAt) {

  public BookingCompleted {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(actualStart, "actualStart");
    Objects.requireNonNull(actualEnd, "actualEnd");
    Objects.requireNonNull(completedAt, "completedAt");
    if (!actualEnd.isAfter(actualStart)) {
      throw new IllegalArgumentException("actualEnd must be after actualStart");
    }
  }
}
