package dk.renos.fake.google.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * An event's {@code recurrence} lines (RRULE, EXDATE, RDATE as RFC 5545 writes them), expanded into
 * the original start times of its instances. Rules run in the event's own time zone through
 * lib-recur, so a weekly 08:00 Europe/Copenhagen event stays 08:00 local on both sides of a DST
 * change, as it does at Google.
 */
final class Recurrence {
  /** Instances expanded per event at most: an unbounded rule is cut there (and at the horizon). */
  static final int MAX_INSTANCES = 5000;

  private static final DateTimeFormatter BASIC_LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

  private final List<RecurrenceRule> rules;
  private final Set<Instant> excludedInstants = new HashSet<>();
  private final Set<LocalDate> excludedDates = new HashSet<>();
  private final List<EventTime> added = new ArrayList<>();

  private Recurrence(List<RecurrenceRule> rules) {
    this.rules = rules;
  }

  /** Parses the lines for an event starting at start; null when there is no recurrence. */
  static Recurrence parse(List<String> lines, EventTime start) {
    if (lines.isEmpty()) {
      return null;
    }
    if (!start.allDay() && start.zone() == null) {
      throw CalendarErrors.required("Missing time zone definition for start time.");
    }
    List<RecurrenceRule> rules = new ArrayList<>();
    List<String[]> dateLines = new ArrayList<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw invalid();
      }
      String[] head = line.substring(0, colon).split(";");
      String name = head[0].trim().toUpperCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "RRULE" -> rules.add(rule(value));
        case "EXDATE", "RDATE" ->
            dateLines.add(new String[] {name, line.substring(0, colon), value});
        default -> throw invalid();
      }
    }
    Recurrence recurrence = new Recurrence(rules);
    ZoneId eventZone = start.zone() != null ? start.zone() : ZoneOffset.UTC;
    for (String[] dateLine : dateLines) {
      recurrence.addDates(dateLine[0], dateLine[1], dateLine[2], start, eventZone);
    }
    return recurrence;
  }

  boolean infinite() {
    return rules.stream().anyMatch(RecurrenceRule::isInfinite);
  }

  /**
   * Original starts (in order) of the instances starting before {@code before}, from the first on,
   * at most MAX_INSTANCES. The event's start is the first instance, as RFC 5545 defines it.
   */
  List<EventTime> startsBefore(EventTime start, Instant before, ZoneId calendarZone) {
    TreeSet<EventTime> starts =
        new TreeSet<>((a, b) -> a.instant(calendarZone).compareTo(b.instant(calendarZone)));
    starts.add(start);
    for (RecurrenceRule rule : rules) {
      RecurrenceRuleIterator it = rule.iterator(dtstart(start));
      int n = 0;
      while (it.hasNext() && n++ < MAX_INSTANCES) {
        EventTime next = toEventTime(it.nextDateTime(), start);
        if (!next.instant(calendarZone).isBefore(before)) {
          break;
        }
        starts.add(next);
      }
    }
    for (EventTime rdate : added) {
      if (rdate.instant(calendarZone).isBefore(before)) {
        starts.add(rdate);
      }
    }
    List<EventTime> out = new ArrayList<>();
    for (EventTime s : starts) {
      if (!excluded(s, start) && out.size() < MAX_INSTANCES) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether originalStart is one of the instances (used to resolve an instance id). */
  boolean hasInstance(EventTime start, EventTime originalStart, ZoneId calendarZone) {
    Instant target = originalStart.instant(calendarZone);
    return startsBefore(start, target.plusSeconds(1), calendarZone).stream()
        .anyMatch(s -> s.instant(calendarZone).equals(target));
  }

  private boolean excluded(EventTime instance, EventTime start) {
    if (instance.allDay()) {
      return excludedDates.contains(instance.date());
    }
    ZoneId zone = start.zone() != null ? start.zone() : ZoneOffset.UTC;
    return excludedInstants.contains(instance.instant())
        || excludedDates.contains(instance.instant().atZone(zone).toLocalDate());
  }

  private void addDates(String name, String head, String values, EventTime start, ZoneId zone) {
    String tzid = null;
    boolean dateValues = start.allDay();
    for (String param : head.split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "TZID=", 0, 5)) {
        tzid = p.substring(5);
      } else if (p.equalsIgnoreCase("VALUE=DATE")) {
        dateValues = true;
      } else if (p.equalsIgnoreCase("VALUE=DATE-TIME")) {
        dateValues = false;
      }
    }
    ZoneId valueZone = tzid == null ? zone : EventTime.zone(tzid, "recurrence");
    for (String raw : values.split(",")) {
      String value = raw.trim();
      try {
        if (dateValues || value.length() == 8) {
          LocalDate date = LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
          if (name.equals("EXDATE")) {
            excludedDates.add(date);
          } else {
            added.add(
                start.allDay()
                    ? new EventTime(date, null, start.zone())
                    : new EventTime(
                        null,
                        date.atTime(start.instant().atZone(zone).toLocalTime())
                            .atZone(zone)
                            .toInstant(),
                        start.zone()));
          }
          continue;
        }
        Instant instant =
            value.endsWith("Z")
                ? LocalDateTime.parse(value.substring(0, value.length() - 1), BASIC_LOCAL)
                    .toInstant(ZoneOffset.UTC)
                : LocalDateTime.parse(value, BASIC_LOCAL).atZone(valueZone).toInstant();
        if (name.equals("EXDATE")) {
          excludedInstants.add(instant);
        } else {
          added.add(new EventTime(null, instant, start.zone()));
        }
      } catch (DateTimeParseException e) {
        throw invalid();
      }
    }
  }

  private static RecurrenceRule rule(String value) {
    try {
      return new RecurrenceRule(value, RecurrenceRule.RfcMode.RFC5545_LAX);
    } catch (Exception e) {
      throw invalid();
    }
  }

  private static DateTime dtstart(EventTime start) {
    if (start.allDay()) {
      LocalDate d = start.date();
      return new DateTime(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
    }
    LocalDateTime local = start.instant().atZone(start.zone()).toLocalDateTime();
    return new DateTime(
        TimeZone.getTimeZone(start.zone()),
        local.getYear(),
        local.getMonthValue() - 1,
        local.getDayOfMonth(),
        local.getHour(),
        local.getMinute(),
        local.getSecond());
  }

  private static EventTime toEventTime(DateTime next, EventTime start) {
    if (start.allDay()) {
      return new EventTime(
          LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth()),
          null,
          start.zone());
    }
    return new EventTime(null, Instant.ofEpochMilli(next.getTimestamp()), start.zone());
  }

  private static RuntimeException invalid() {
    return CalendarErrors.invalid("Invalid recurrence rule.");
  }
}
