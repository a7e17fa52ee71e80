package dk.renos.booking.schedule;

public enum BookingStatus {
  /**
   * The quote was accepted but no slot could be booked automatically; no times yet, the office
   * books it.
   */
  UNSCHEDULED,
  TENTATIVE,
  CONFIRMED,
  /** The cleaner marked the visit done; its planned times still block the team. */
  COMPLETED,
  CANCELLED
}
