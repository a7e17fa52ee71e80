package dk.renos.booking.schedule.web;

import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking as staff see it.
 *
 * @param cancellationReason staff's free text, null unless CANCELLED with a reason
 * @param lateCancellation true when cancelled less than 24 hours before the start; null unless
 *     CANCELLED
 * @param actualStart the actual times the customer pays for; null unless COMPLETED
 */
record BookingView(
    UUID id,
    UUID quoteId,
    UUID customerId,
    BookingStatus status,
    String teamId,
    Instant startsAt,
    Instant endsAt,
    Integer visitMinutes,
    String address,
    String accessNotes,
    Instant createdAt,
    Instant cancelledAt,
    String cancellationReason,
    Boolean lateCancellation,
    Instant completedAt,
    String completedBy,
    Instant actualStart,
    Instant actualEnd) {

  static BookingView from(Booking booking) {
    return new BookingView(
        booking.getId(),
        booking.getQuoteId(),
        booking.getCustomerId(),
        booking.getStatus(),
        booking.getTeamId(),
        booking.getStartsAt(),
        booking.getEndsAt(),
        booking.getVisitMinutes(),
        booking.getAddress(),
        booking.getAccessNotes(),
        booking.getCreatedAt(),
        booking.getCancelledAt(),
        booking.getCancellationReason(),
        booking.getLateCancellation(),
        booking.getCompletedAt(),
        booking.getCompletedBy(),
        booking.getActualStart(),
        booking.getActualEnd());
  }
}
