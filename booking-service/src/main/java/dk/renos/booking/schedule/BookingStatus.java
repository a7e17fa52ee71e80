package dk.renos.booking.schedule;

public enum BookingStatus {
  TENTATIVE, CONFIRMED, CANCELLED
}
