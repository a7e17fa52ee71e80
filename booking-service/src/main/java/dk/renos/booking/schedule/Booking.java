package dk.renos.booking.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A cleaning job in the calendar, [startsAt, endsAt). The database rejects a CONFIRMED booking that
 * comes closer than 60 minutes (travel) to another CONFIRMED one (exclusion constraint
 * booking_no_overlap_with_travel). An UNSCHEDULED booking has no times yet.
 */
@Entity
@Table(name = "booking")
public class Booking {

  @Id private UUID id;

  @Column(name = "quote_id", nullable = false)
  private UUID quoteId;

  @Column(name = "customer_id", nullable = false)
  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BookingStatus status;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Booking() {}

  private Booking(
      UUID quoteId,
      UUID customerId,
      BookingStatus status,
      Instant startsAt,
      Instant endsAt,
      Instant now) {
    if (startsAt != null && !endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("A booking must end after it starts");
    }
    this.id = UUID.randomUUID();
    this.quoteId = quoteId;
    this.customerId = customerId;
    this.status = status;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.createdAt = now;
  }

  public static Booking tentative(
      UUID quoteId, UUID customerId, Instant startsAt, Instant endsAt, Instant now) {
    return new Booking(
        quoteId,
        customerId,
        BookingStatus.TENTATIVE,
        requireTime(startsAt, "startsAt"),
        requireTime(endsAt, "endsAt"),
        now);
  }

  public static Booking confirmed(
      UUID quoteId, UUID customerId, Instant startsAt, Instant endsAt, Instant now) {
    return new Booking(
        quoteId,
        customerId,
        BookingStatus.CONFIRMED,
        requireTime(startsAt, "startsAt"),
        requireTime(endsAt, "endsAt"),
        now);
  }

  /**
   * An accepted quote that could not be booked automatically: no times, the office books it by
   * hand.
   */
  public static Booking unscheduled(UUID quoteId, UUID customerId, Instant now) {
    return new Booking(quoteId, customerId, BookingStatus.UNSCHEDULED, null, null, now);
  }

  private static Instant requireTime(Instant time, String name) {
    return Objects.requireNonNull(time, name);
  }

  public void cancel() {
    status = BookingStatus.CANCELLED;
  }

  public UUID getId() {
    return id;
  }

  public UUID getQuoteId() {
    return quoteId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public BookingStatus getStatus() {
    return status;
  }

  /** Null while UNSCHEDULED. */
  public Instant getStartsAt() {
    return startsAt;
  }

  /** Null while UNSCHEDULED. */
  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
