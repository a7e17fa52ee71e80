package dk.renos.booking.slots;

import java.time.Instant;
import java.util.Objects;

/**
 * Time the team is already committed to, [start, end). The caller decides which bookings count as
 * busy (typically CONFIRMED ones, and TENTATIVE ones it wants to hold).
 */
public record BusyInterval(Instant start, Instant end) {

  public BusyInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "A busy interval must end after it starts: " + start + " .. " + end);
    }
  }
}
