package dk.renos.chat.assistant;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A span of Copenhagen days a question is about ("i dag", "i morgen", "denne uge", "sidste 30
 * dage"), as UTC instants [from, to).
 */
public record Period(Instant from, Instant to, String label) {

  public static Period today(Instant now) {
    LocalDate day = now.atZone(DanishText.COPENHAGEN).toLocalDate();
    return days(day, 1, "i dag");
  }

  public static Period tomorrow(Instant now) {
    LocalDate day = now.atZone(DanishText.COPENHAGEN).toLocalDate().plusDays(1);
    return days(day, 1, "i morgen");
  }

  /** Monday to Sunday of the week {@code now} is in. */
  public static Period thisWeek(Instant now) {
    LocalDate monday =
        now.atZone(DanishText.COPENHAGEN)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return days(monday, 7, "denne uge");
  }

  /** The {@code count} days up to and including today. */
  public static Period lastDays(Instant now, int count) {
    LocalDate today = now.atZone(DanishText.COPENHAGEN).toLocalDate();
    return days(today.minusDays(count - 1L), count, "de sidste " + count + " dage");
  }

  public static Period days(LocalDate first, int count, String label) {
    ZonedDateTime start = first.atStartOfDay(DanishText.COPENHAGEN);
    return new Period(
        start.toInstant(),
        first.plusDays(count).atStartOfDay(DanishText.COPENHAGEN).toInstant(),
        label);
  }

  /** The period a plan question names; today when it names none. */
  public static Period ofPlanQuestion(String question, Instant now) {
    String text = question.toLowerCase(Locale.ROOT);
    if (text.contains("i morgen")) {
      return tomorrow(now);
    }
    if (text.contains("uge")) {
      return thisWeek(now);
    }
    return today(now);
  }

  /** The period a lead question names; the last 7 days when it names none. */
  public static Period ofLeadQuestion(String question, Instant now) {
    String text = question.toLowerCase(Locale.ROOT);
    if (text.contains("i dag")) {
      return today(now);
    }
    if (text.contains("uge")) {
      return thisWeek(now);
    }
    if (text.contains("måned")) {
      return lastDays(now, 30);
    }
    return lastDays(now, 7);
  }
}
