package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Date handling for RFC 2822 Date headers and Gmail's search dates. */
final class MailDates {
  /**
   * Gmail interprets yyyy/mm/dd in search queries as midnight Pacific time (documented in the API
   * guide).
   */
  static final ZoneId SEARCH_ZONE = ZoneId.of("America/Los_Angeles");

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

  private MailDates() {}

  static Long parse(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String cleaned =
        header
            .replaceAll("\\([^)]*\\)", " ")
            .replaceAll("\\s+", " ")
            .trim()
            .replaceAll(" (UT|Z)$", " GMT")
            .replaceAll(" (EST|EDT|CST|CDT|MST|MDT|PST|PDT)$", " GMT");
    try {
      return ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant()
          .toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String format(long epochMillis) {
    return RFC_2822.format(java.time.Instant.ofEpochMilli(epochMillis).atZone(COPENHAGEN));
  }

  /**
   * after:/before: values: epoch seconds, or a date as yyyy/mm/dd (also yyyy-mm-dd, mm/dd/yyyy).
   */
  static long searchBound(String value) {
    if (value.matches("\\d{5,}")) {
      return Long.parseLong(value) * 1000L;
    }
    String[] p = value.split("[/-]");
    if (p.length == 3) {
      try {
        LocalDate date =
            p[0].length() == 4
                ? LocalDate.of(
                    Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]))
                : LocalDate.of(
                    Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        return date.atStartOfDay(SEARCH_ZONE).toInstant().toEpochMilli();
      } catch (RuntimeException e) {
        // fall through to the error below
      }
    }
    throw ApiException.badRequest("Invalid search date: " + value);
  }
}
