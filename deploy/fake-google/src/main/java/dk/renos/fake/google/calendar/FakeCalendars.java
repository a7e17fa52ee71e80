package dk.renos.fake.google.calendar;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every calendar of the fake, by id. A user's primary calendar (id = the user's address) exists as
 * soon as it is used, in UTC; any other calendar, or a primary one in another zone, is created
 * through the admin API first. Access control is not modelled: any valid token with a Calendar
 * scope reaches any calendar.
 */
public final class FakeCalendars {
  private final Map<String, FakeCalendar> calendars = new ConcurrentHashMap<>();
  private final Clock clock;

  public FakeCalendars(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates a calendar (id: an address or "...@group.calendar.google.com"), or returns the existing
   * one when its time zone matches; a different zone for an existing id is refused.
   */
  public FakeCalendar create(String id, String summary, ZoneId timeZone) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A calendar needs an id");
    }
    FakeCalendar calendar =
        calendars.computeIfAbsent(
            key(id), k -> new FakeCalendar(id, summary == null ? id : summary, timeZone, clock));
    if (!calendar.timeZone().equals(timeZone)) {
      throw new IllegalArgumentException(
          "Calendar " + id + " exists already in " + calendar.timeZone());
    }
    return calendar;
  }

  /** The calendar with this id, or null. */
  public FakeCalendar get(String id) {
    return id == null ? null : calendars.get(key(id));
  }

  /** The user's primary calendar, created in UTC on first use. */
  public FakeCalendar primary(String userEmail) {
    return calendars.computeIfAbsent(
        key(userEmail), k -> new FakeCalendar(userEmail, userEmail, ZoneOffset.UTC, clock));
  }

  public List<FakeCalendar> all() {
    return calendars.values().stream()
        .sorted(java.util.Comparator.comparing(FakeCalendar::id))
        .toList();
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
