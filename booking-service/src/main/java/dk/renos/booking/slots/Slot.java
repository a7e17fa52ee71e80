package dk.renos.booking.slots;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * An offered visit, [start, end). Instants are absolute; use the helpers for Copenhagen wall-clock
 * time.
 */
public record Slot(Instant start, Instant end) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", Locale.of("da", "DK"));

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.of("da", "DK"));

  public Slot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "A slot must end after it starts: " + start + " .. " + end);
    }
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** The start in Europe/Copenhagen, independent of the JVM's default time zone. */
  public ZonedDateTime localStart() {
    return start.atZone(SlotFinder.COPENHAGEN);
  }

  /** The end in Europe/Copenhagen, independent of the JVM's default time zone. */
  public ZonedDateTime localEnd() {
    return end.atZone(SlotFinder.COPENHAGEN);
  }

  /** Danish wall-clock text for customers, e.g. {@code mandag 30. marts 2026 kl. 08:00–11:00}. */
  public String toLocalText() {
    return DAY.format(localStart())
        + " kl. "
        + TIME.format(localStart())
        + "–"
        + TIME.format(localEnd());
  }
}
