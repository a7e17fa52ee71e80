package dk.renos.fake.google.calendar;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Event ids as Google makes and accepts them: a client-chosen id is base32hex (a-v, 0-9) and 5 to
 * 1024 characters long; an instance of a recurring event is {@code <id>_<original start>}, the
 * start in basic UTC form (20260302T070000Z) or, for all-day events, as a date (20260302).
 */
final class EventIds {
  private static final Pattern CLIENT_ID = Pattern.compile("[a-v0-9]{5,1024}");
  private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();
  private static final DateTimeFormatter BASIC_UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final SecureRandom RANDOM = new SecureRandom();

  private EventIds() {}

  static boolean validClientId(String id) {
    return id != null && CLIENT_ID.matcher(id).matches();
  }

  /** 26 base32hex characters, the shape of the ids Google generates. */
  static String generate() {
    StringBuilder id = new StringBuilder(26);
    for (int i = 0; i < 26; i++) {
      id.append(BASE32HEX[RANDOM.nextInt(32)]);
    }
    return id.toString();
  }

  static String instanceId(String masterId, EventTime originalStart) {
    return masterId
        + "_"
        + (originalStart.allDay()
            ? BASIC_DATE.format(originalStart.date())
            : BASIC_UTC.format(originalStart.instant()));
  }

  /** The master id of an instance id, or null when the id has no instance suffix. */
  static String masterOf(String eventId) {
    int underscore = eventId.lastIndexOf('_');
    return underscore <= 0 ? null : eventId.substring(0, underscore);
  }

  /** The instant an instance suffix (20260302T070000Z or 20260302) names. */
  static Instant parseInstanceStart(String suffix, java.time.ZoneId calendarZone) {
    try {
      if (suffix.length() == 8) {
        return LocalDate.parse(suffix, BASIC_DATE).atStartOfDay(calendarZone).toInstant();
      }
      return java.time.LocalDateTime.parse(suffix, BASIC_UTC).toInstant(ZoneOffset.UTC);
    } catch (java.time.format.DateTimeParseException e) {
      throw CalendarErrors.notFound();
    }
  }

  /** Formats an instant for a page or sync key: fixed width, so keys sort as strings. */
  static String sortable(Instant instant) {
    return String.format("%020d", instant.toEpochMilli() + (1L << 62));
  }

  static String sortable(LocalDate date) {
    return BASIC_DATE.format(date);
  }
}
