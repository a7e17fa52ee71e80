package dk.renos.booking.slots;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days the company is closed besides Sundays: the Danish public holidays (helligdage), the
 * Easter-based ones computed, plus Grundlovsdag, Juleaftensdag and Nytårsaftensdag, on which Danish
 * employers customarily close. Store bededag was abolished from 2024 and is a holiday only up to
 * 2023.
 */
public final class DanishHolidays {

  /** Store bededag (fourth Friday after Easter) was a holiday for the last time in 2023. */
  static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

  private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

  private DanishHolidays() {}

  /** The Danish name of the holiday on this date, or empty on an ordinary day. */
  public static Optional<String> nameOf(LocalDate date) {
    return Optional.ofNullable(of(date.getYear()).get(date));
  }

  public static boolean isHoliday(LocalDate date) {
    return of(date.getYear()).containsKey(date);
  }

  /** Every closed day of the year (besides Sundays), by date, in order. */
  public static Map<LocalDate, String> of(int year) {
    return BY_YEAR.computeIfAbsent(year, DanishHolidays::compute);
  }

  private static Map<LocalDate, String> compute(int year) {
    LocalDate easter = easterSunday(year);
    Map<LocalDate, String> days = new TreeMap<>();
    days.put(LocalDate.of(year, Month.JANUARY, 1), "Nytårsdag");
    days.put(easter.minusDays(3), "Skærtorsdag");
    days.put(easter.minusDays(2), "Langfredag");
    days.put(easter, "Påskedag");
    days.put(easter.plusDays(1), "2. påskedag");
    if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
      days.put(easter.plusDays(26), "Store bededag");
    }
    days.put(easter.plusDays(39), "Kristi himmelfartsdag");
    days.put(easter.plusDays(49), "Pinsedag");
    days.put(easter.plusDays(50), "2. pinsedag");
    days.put(LocalDate.of(year, Month.JUNE, 5), "Grundlovsdag");
    days.put(LocalDate.of(year, Month.DECEMBER, 24), "Juleaftensdag");
    days.put(LocalDate.of(year, Month.DECEMBER, 25), "Juledag");
    days.put(LocalDate.of(year, Month.DECEMBER, 26), "2. juledag");
    days.put(LocalDate.of(year, Month.DECEMBER, 31), "Nytårsaftensdag");
    return Map.copyOf(days);
  }

  /** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
