package dk.renos.booking.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A cleaning job of one team in the calendar, [startsAt, endsAt). The database rejects a CONFIRMED
 * or COMPLETED booking that comes closer than 60 minutes (travel) to another one of the same team
 * (exclusion constraint booking_team_no_overlap_with_travel). An UNSCHEDULED booking has no times
 * and no team yet.
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

  /** Null while UNSCHEDULED. */
  @Column(name = "team_id", length = 40)
  private String teamId;

  /** The visit length from the quote; null only for bookings made before it was recorded. */
  @Column(name = "visit_minutes")
  private Integer visitMinutes;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  /** Free text from staff; may contain personal data, so it is never logged. */
  @Column(name = "cancellation_reason", length = 500)
  private String cancellationReason;

  /** True when it was cancelled less than {@link #LATE_CANCELLATION} before its start. */
  @Column(name = "late_cancellation")
  private Boolean lateCancellation;

  @Column(name = "completed_at")
  private Instant completedAt;

  /** The username that marked the visit done. */
  @Column(name = "completed_by", length = 100)
  private String completedBy;

  @Column(name = "actual_start")
  private Instant actualStart;

  @Column(name = "actual_end")
  private Instant actualEnd;

  /** Where the visit is; personal data, never logged. */
  @Column(length = 300)
  private String address;

  /** How the team gets in (key box, alarm, parking); personal data, never logged. */
  @Column(name = "access_notes", length = 1000)
  private String accessNotes;

  /** A cancellation closer than this to the start is late (recorded for the office). */
  public static final Duration LATE_CANCELLATION = Duration.ofHours(24);

  protected Booking() {}

  private Booking(
      UUID quoteId,
      UUID customerId,
      BookingStatus status,
      String teamId,
      Instant startsAt,
      Instant endsAt,
      Integer visitMinutes,
      Instant now) {
    if (startsAt != null && !endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("A booking must end after it starts");
    }
    if (startsAt != null) {
      Objects.requireNonNull(teamId, "teamId");
    }
    this.id = UUID.randomUUID();
    this.teamId = teamId;
    this.visitMinutes = visitMinutes;
    this.quoteId = quoteId;
    this.customerId = customerId;
    this.status = status;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.createdAt = now;
  }

  public static Booking tentative(
      UUID quoteId, UUID customerId, String teamId, Instant startsAt, Instant endsAt, Instant now) {
    return withTimes(BookingStatus.TENTATIVE, quoteId, customerId, teamId, startsAt, endsAt, now);
  }

  public static Booking confirmed(
      UUID quoteId, UUID customerId, String teamId, Instant startsAt, Instant endsAt, Instant now) {
    return withTimes(BookingStatus.CONFIRMED, quoteId, customerId, teamId, startsAt, endsAt, now);
  }

  private static Booking withTimes(
      BookingStatus status,
      UUID quoteId,
      UUID customerId,
      String teamId,
      Instant startsAt,
      Instant endsAt,
      Instant now) {
    requireTime(startsAt, "startsAt");
    requireTime(endsAt, "endsAt");
    return new Booking(
        quoteId,
        customerId,
        status,
        Objects.requireNonNull(teamId, "teamId"),
        startsAt,
        endsAt,
        (int) Duration.between(startsAt, endsAt).toMinutes(),
        now);
  }

  /**
   * An accepted quote that could not be booked automatically: no times, the office books it by
   * hand.
   *
   * @param visitMinutes the quote's visit length, kept for booking it by hand
   */
  public static Booking unscheduled(
      UUID quoteId, UUID customerId, Integer visitMinutes, Instant now) {
    return new Booking(
        quoteId,
        customerId,
        BookingStatus.UNSCHEDULED,
        null,
        null,
        null,
        visitMinutes != null && visitMinutes > 0 ? visitMinutes : null,
        now);
  }

  private static Instant requireTime(Instant time, String name) {
    return Objects.requireNonNull(time, name);
  }

  /**
   * Cancels it; late when less than {@link #LATE_CANCELLATION} before the start. Callers check the
   * transition first ({@link BookingChanges}).
   */
  void cancel(String reason, Instant now) {
    status = BookingStatus.CANCELLED;
    cancelledAt = now;
    cancellationReason = reason;
    lateCancellation = startsAt != null && now.isAfter(startsAt.minus(LATE_CANCELLATION));
  }

  /** Moves it to {@code start} for {@code team} (booking an UNSCHEDULED one by hand), CONFIRMED. */
  void moveTo(String team, Instant start, Duration visit) {
    status = BookingStatus.CONFIRMED;
    teamId = Objects.requireNonNull(team, "team");
    startsAt = Objects.requireNonNull(start, "start");
    endsAt = start.plus(visit);
    visitMinutes = (int) visit.toMinutes();
  }

  /** Sets what the team needs at the door (null clears). */
  public void describeVisit(String address, String accessNotes) {
    this.address = address;
    this.accessNotes = accessNotes;
  }

  /** Marks the visit done with the actual times the customer pays for. */
  void complete(Instant actualStart, Instant actualEnd, String by, Instant now) {
    if (!actualEnd.isAfter(actualStart)) {
      throw new IllegalArgumentException("A visit must end after it starts");
    }
    status = BookingStatus.COMPLETED;
    this.actualStart = actualStart;
    this.actualEnd = actualEnd;
    completedBy = by;
    completedAt = now;
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

  /** Null while UNSCHEDULED. */
  public String getTeamId() {
    return teamId;
  }

  /** The visit length from the quote, or null for bookings made before it was recorded. */
  public Integer getVisitMinutes() {
    return visitMinutes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The visit's address, or null when not given. */
  public String getAddress() {
    return address;
  }

  /** How the team gets in, or null. */
  public String getAccessNotes() {
    return accessNotes;
  }

  /** Null unless CANCELLED. */
  public Instant getCancelledAt() {
    return cancelledAt;
  }

  /** Null unless CANCELLED with a reason. */
  public String getCancellationReason() {
    return cancellationReason;
  }

  /** Null unless CANCELLED. */
  public Boolean getLateCancellation() {
    return lateCancellation;
  }

  /** Null unless COMPLETED. */
  public Instant getCompletedAt() {
    return completedAt;
  }

  /** Null unless COMPLETED. */
  public String getCompletedBy() {
    return completedBy;
  }

  /** Null unless COMPLETED. */
  public Instant getActualStart() {
    return actualStart;
  }

  /** Null unless COMPLETED. */
  public Instant getActualEnd() {
    return actualEnd;
  }
}
