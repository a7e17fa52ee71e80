package dk.renos.booking.slots;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The customer's preferred weekdays and times of day. A slot matches when its Copenhagen start
 * falls on one of the days (any day if none given) and in one of the day parts (any part if none
 * given). Matching slots are offered first; the others fill up the offer.
 *
 * @param days preferred weekdays; empty = no preference
 * @param parts preferred parts of the day; empty = no preference
 */
public record SlotPreferences(Set<DayOfWeek> days, Set<DayPart> parts) {

  public static final SlotPreferences NONE = new SlotPreferences(Set.of(), Set.of());

  /** Starts before noon are MORNING, from noon on AFTERNOON (Copenhagen wall clock). */
  public enum DayPart {
    MORNING,
    AFTERNOON;

    static final LocalTime NOON = LocalTime.NOON;

    static DayPart of(LocalTime start) {
      return start.isBefore(NOON) ? MORNING : AFTERNOON;
    }
  }

  public SlotPreferences {
    days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
  }

  /** Thrown for a token that is neither a weekday nor a day part. */
  public static final class InvalidPreferenceException extends IllegalArgumentException {

    public InvalidPreferenceException(String message) {
      super(message);
    }
  }

  /**
   * Parses a comma list such as {@code "MONDAY,WEDNESDAY,MORNING"} (case-insensitive, blanks
   * ignored); {@code null} or blank = no preference.
   *
   * @throws InvalidPreferenceException naming the unknown tokens
   */
  public static SlotPreferences parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Set<DayPart> parts = EnumSet.noneOf(DayPart.class);
    List<String> unknown = new ArrayList<>();
    for (String raw : text.split(",")) {
      String token = raw.trim().toUpperCase(Locale.ROOT);
      if (token.isEmpty()) {
        continue;
      }
      switch (token) {
        case "MORNING" -> parts.add(DayPart.MORNING);
        case "AFTERNOON" -> parts.add(DayPart.AFTERNOON);
        default -> {
          try {
            days.add(DayOfWeek.valueOf(token));
          } catch (IllegalArgumentException e) {
            unknown.add(token.length() > 20 ? token.substring(0, 20) + "…" : token);
          }
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidPreferenceException(
          "unknown "
              + String.join(", ", unknown)
              + "; use MONDAY..SUNDAY and/or MORNING, AFTERNOON, comma separated");
    }
    return new SlotPreferences(days, parts);
  }

  public boolean isEmpty() {
    return days.isEmpty() && parts.isEmpty();
  }

  public boolean matches(Slot slot) {
    ZonedDateTime start = slot.localStart();
    return (days.isEmpty() || days.contains(start.getDayOfWeek()))
        && (parts.isEmpty() || parts.contains(DayPart.of(start.toLocalTime())));
  }
}
