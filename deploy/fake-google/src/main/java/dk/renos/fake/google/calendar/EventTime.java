package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.ApiException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's start or end as Calendar's EventDateTime has it: either an all-day {@code date}, or an
 * instant ({@code dateTime}) with the optional IANA {@code timeZone} the event lives in (which
 * recurring events must have, so that their instances keep their local time across DST).
 */
record EventTime(LocalDate date, Instant instant, ZoneId zone) {
  static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  boolean allDay() {
    return date != null;
  }

  /**
   * The instant this time stands for; an all-day date starts at midnight in the calendar's zone.
   */
  Instant instant(ZoneId calendarZone) {
    return allDay() ? date.atStartOfDay(calendarZone).toInstant() : instant;
  }

  /** {date} or {dateTime, timeZone}, the dateTime written in the response's time zone. */
  ObjectNode render(ZoneId responseZone) {
    ObjectNode out = dk.renos.fake.google.http.Json.object();
    if (allDay()) {
      out.put("date", date.toString());
    } else {
      out.put("dateTime", OFFSET.format(instant.atZone(responseZone).toOffsetDateTime()));
    }
    if (zone != null) {
      out.put("timeZone", zone.getId());
    }
    return out;
  }

  /**
   * Parses body.start or body.end. A dateTime without an offset is local time in its timeZone,
   * which is then required, as at Google.
   */
  static EventTime parse(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull() || !node.isObject() || node.isEmpty()) {
      throw CalendarErrors.required("Missing " + field + " time.");
    }
    String dateText = text(node, "date");
    String dateTimeText = text(node, "dateTime");
    String zoneText = text(node, "timeZone");
    ZoneId zone = zoneText == null ? null : zone(zoneText, field);
    if ((dateText == null) == (dateTimeText == null)) {
      throw CalendarErrors.invalid("Invalid " + field + " time.");
    }
    if (dateText != null) {
      try {
        return new EventTime(LocalDate.parse(dateText), null, zone);
      } catch (DateTimeParseException e) {
        throw CalendarErrors.invalid("Invalid " + field + " time.");
      }
    }
    try {
      return new EventTime(null, OffsetDateTime.parse(dateTimeText).toInstant(), zone);
    } catch (DateTimeParseException withoutOffset) {
      if (zone == null) {
        throw CalendarErrors.required("Missing time zone definition for " + field + " time.");
      }
      try {
        return new EventTime(
            null, LocalDateTime.parse(dateTimeText).atZone(zone).toInstant(), zone);
      } catch (DateTimeParseException e) {
        throw CalendarErrors.invalid("Invalid " + field + " time.");
      }
    }
  }

  /** An IANA time zone name; offsets such as "+01:00" are not time zones to Google. */
  static ZoneId zone(String name, String field) {
    try {
      if (name.isBlank() || name.startsWith("+") || name.startsWith("-")) {
        throw new DateTimeException(name);
      }
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw CalendarErrors.invalid("Invalid time zone definition for " + field + " time.");
    }
  }

  /** timeMin, timeMax and freeBusy bounds: RFC 3339 with a mandatory offset. */
  static Instant parseBound(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.of(400, "global", "badRequest", "Bad Request", "parameter", parameter);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
