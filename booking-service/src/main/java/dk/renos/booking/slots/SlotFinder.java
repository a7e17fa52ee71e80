package dk.renos.booking.slots;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds free visit slots for one team in the rules of DOMAIN.md ("Working hours and booking"); see
 * booking-service/SLOTS.md for the rules and the choices made where DOMAIN.md is silent.
 *
 * <p>All calendar reasoning happens in {@link #COPENHAGEN}. Only the clock's instant is used, never
 * its zone nor the JVM's default zone.
 */
public final class SlotFinder {

  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  /** Travel between two jobs: the gap between one job's end and the next one's start. */
  public static final Duration TRAVEL = Duration.ofMinutes(60);

  public static final Duration DEFAULT_MINIMUM_NOTICE = Duration.ofHours(12);

  public static final int DEFAULT_COUNT = 5;

  /** Slots start before now + 14 calendar days (Copenhagen wall clock). */
  public static final int HORIZON_DAYS = 14;

  /** Offers spread over days: one slot per day first, a second one per day only if days run out. */
  public static final int MAX_SLOTS_PER_DAY = 2;

  static final LocalTime OPENS = LocalTime.of(8, 0);

  static final LocalTime WEEKDAY_CLOSES = LocalTime.of(17, 0);

  static final LocalTime SATURDAY_CLOSES = LocalTime.of(15, 0);

  /** Preferred start times, both ends inclusive, on a half-hour grid. */
  static final LocalTime FIRST_START = LocalTime.of(8, 0);

  static final LocalTime LAST_START = LocalTime.of(14, 0);

  static final Duration START_GRID = Duration.ofMinutes(30);

  /** Monday–Friday 08:00–17:00. */
  public static final Duration LONGEST_WORKING_DAY = Duration.between(OPENS, WEEKDAY_CLOSES);

  private final Clock clock;

  private final Duration minimumNotice;

  public SlotFinder(Clock clock) {
    this(clock, DEFAULT_MINIMUM_NOTICE);
  }

  /**
   * @param minimumNotice elapsed time between now and the earliest slot start (zero allows any
   *     start not in the past)
   */
  public SlotFinder(Clock clock, Duration minimumNotice) {
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(minimumNotice, "minimumNotice");
    if (minimumNotice.isNegative()) {
      throw new IllegalArgumentException(
          "Minimum notice must not be negative, was " + minimumNotice);
    }
    this.minimumNotice = minimumNotice;
  }

  /** {@link #DEFAULT_COUNT} slots, see {@link #offer(Duration, List, int)}. */
  public List<Slot> offer(Duration visitLength, List<BusyInterval> existing) {
    return offer(visitLength, existing, DEFAULT_COUNT);
  }

  /**
   * Up to {@code count} free slots, in chronological order. First the earliest free slot of each
   * day, soonest days first; only when fewer than {@code count} days have room, a second slot on
   * those days (the latest one that does not overlap the day's first offer, so the customer gets a
   * morning/afternoon choice). Fewer than {@code count} slots (possibly none) when the calendar is
   * full.
   */
  public List<Slot> offer(Duration visitLength, List<BusyInterval> existing, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("Count must be at least 1, was " + count);
    }
    List<List<Slot>> days = freeSlotsByDay(visitLength, existing);
    List<Slot> offered = new ArrayList<>();
    for (List<Slot> day : days) {
      if (offered.size() == count) {
        break;
      }
      offered.add(day.getFirst());
    }
    for (List<Slot> day : days) {
      if (offered.size() == count) {
        break;
      }
      Slot first = day.getFirst();
      day.reversed().stream()
          .filter(later -> !later.start().isBefore(first.end()))
          .findFirst()
          .ifPresent(offered::add);
    }
    offered.sort(Comparator.comparing(Slot::start));
    return List.copyOf(offered);
  }

  /** The earliest free slot within the horizon, if any. */
  public Optional<Slot> firstFree(Duration visitLength, List<BusyInterval> existing) {
    return freeSlotsByDay(visitLength, existing).stream().findFirst().map(List::getFirst);
  }

  /**
   * Free slots per day (days without any left out), each day's list and the days in chronological
   * order.
   */
  private List<List<Slot>> freeSlotsByDay(Duration visitLength, List<BusyInterval> existing) {
    validate(visitLength);
    Objects.requireNonNull(existing, "existing");
    existing.forEach(busy -> Objects.requireNonNull(busy, "existing must not contain null"));

    Instant now = clock.instant();
    ZonedDateTime localNow = now.atZone(COPENHAGEN);
    Instant earliest = now.plus(minimumNotice);
    Instant horizon = localNow.plusDays(HORIZON_DAYS).toInstant();

    List<List<Slot>> days = new ArrayList<>();
    for (LocalDate date = localNow.toLocalDate();
        !date.isAfter(horizon.atZone(COPENHAGEN).toLocalDate());
        date = date.plusDays(1)) {
      Optional<LocalTime> closes = closingTime(date.getDayOfWeek());
      if (closes.isEmpty()) {
        continue;
      }
      Instant close = at(date, closes.get());
      List<Slot> free = new ArrayList<>();
      for (LocalTime time = FIRST_START; !time.isAfter(LAST_START); time = time.plus(START_GRID)) {
        ZonedDateTime local = ZonedDateTime.of(date, time, COPENHAGEN);
        if (!local.toLocalTime().equals(time)) {
          continue; // a wall-clock time skipped by a daylight-saving change; never happens
          // 08:00–14:00 in Denmark
        }
        Instant start = local.toInstant();
        Instant end = start.plus(visitLength);
        if (start.isBefore(earliest) || !start.isBefore(horizon) || end.isAfter(close)) {
          continue;
        }
        if (existing.stream().noneMatch(busy -> tooClose(start, end, busy))) {
          free.add(new Slot(start, end));
        }
      }
      if (!free.isEmpty()) {
        days.add(free);
      }
    }
    return days;
  }

  /**
   * True when [start, end) overlaps the busy interval or leaves less than {@link #TRAVEL} on either
   * side.
   */
  private static boolean tooClose(Instant start, Instant end, BusyInterval busy) {
    return start.isBefore(busy.end().plus(TRAVEL)) && busy.start().isBefore(end.plus(TRAVEL));
  }

  private static void validate(Duration visitLength) {
    Objects.requireNonNull(visitLength, "visitLength");
    if (visitLength.isNegative() || visitLength.isZero()) {
      throw new IllegalArgumentException("Visit length must be positive, was " + visitLength);
    }
    if (visitLength.compareTo(LONGEST_WORKING_DAY) > 0) {
      throw new IllegalArgumentException(
          "Visit length "
              + visitLength
              + " exceeds the longest working day ("
              + LONGEST_WORKING_DAY
              + ", Monday–Friday 08:00–17:00); jobs spanning several days are not supported");
    }
  }

  private static Optional<LocalTime> closingTime(DayOfWeek day) {
    return switch (day) {
      case MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY -> Optional.of(WEEKDAY_CLOSES);
      case SATURDAY -> Optional.of(SATURDAY_CLOSES);
      case SUNDAY -> Optional.empty();
    };
  }

  private static Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, COPENHAGEN).toInstant();
  }
}
