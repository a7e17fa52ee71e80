package dk.renos.booking.schedule;

public enum BookingStatus {
  /**
   * The quote was accepted but no slot could be booked automatically; no times yet, the office
   * books it.
   */
  UNSCHEDULED,
  TENTATIVE,
  CONFIRMED,
  CANCELLED
}
