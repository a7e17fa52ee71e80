package dk.renos.booking.schedule;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A cleaning job in the calendar, [startsAt, endsAt). The database rejects a CONFIRMED booking that
 * overlaps another CONFIRMED one (exclusion constraint booking_no_overlap).
 */
@Entity
@Table(name = "booking")
public class Booking {

  @Id
  private UUID id;

  @Column(name = "quote_id", nullable = false)
  private UUID quoteId;

  @Column(name = "customer_id", nullable = false)
  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BookingStatus status;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Booking() {
  }

  private Booking(UUID quoteId, UUID customerId, BookingStatus status, Instant startsAt, Instant endsAt,
      Instant now) {
    if (!endsAt.isAfter(startsAt)) {
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

  public static Booking tentative(UUID quoteId, UUID customerId, Instant startsAt, Instant endsAt, Instant now) {
    return new Booking(quoteId, customerId, BookingStatus.TENTATIVE, startsAt, endsAt, now);
  }

  public void confirm() {
    if (status == BookingStatus.CANCELLED) {
      throw new IllegalStateException("A cancelled booking cannot be confirmed");
    }
    status = BookingStatus.CONFIRMED;
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

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
