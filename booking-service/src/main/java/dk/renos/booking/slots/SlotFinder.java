package dk.renos.booking.slots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

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
   * Up to {@code count} free slots over several teams, from the day {@code from} (null = today) for
   * {@value #HORIZON_DAYS} days. A start free for several teams is offered once, for the first team
   * in {@code busyByTeam}'s order. Slots matching {@code preferences} come first (spread over days
   * as in {@link #offer(Duration, List, int)}, chronological), then the others fill up the offer
   * (again spread and chronological), never more than {@link #MAX_SLOTS_PER_DAY} a day.
   *
   * @param busyByTeam every team's busy intervals, in the order teams are preferred
   */
  public List<TeamSlot> offer(
      Duration visitLength,
      LocalDate from,
      SlotPreferences preferences,
      Map<String, List<BusyInterval>> busyByTeam,
      int count) {
    if (count < 1) {
      throw new IllegalArgumentException("Count must be at least 1, was " + count);
    }
    Objects.requireNonNull(preferences, "preferences");
    List<List<TeamSlot>> days = freeTeamSlotsByDay(visitLength, from, busyByTeam, preferences);
    List<TeamSlot> wanted = spread(filterDays(days, TeamSlot::preferred), count, Map.of());
    Map<LocalDate, List<TeamSlot>> taken = new HashMap<>();
    wanted.forEach(
        slot ->
            taken
                .computeIfAbsent(slot.slot().localStart().toLocalDate(), d -> new ArrayList<>())
                .add(slot));
    List<TeamSlot> rest =
        spread(
            filterDays(
                days,
                slot ->
                    !slot.preferred()
                        && taken
                            .getOrDefault(slot.slot().localStart().toLocalDate(), List.of())
                            .stream()
                            .noneMatch(t -> overlaps(t.slot(), slot.slot()))),
            count - wanted.size(),
            taken);
    List<TeamSlot> offered = new ArrayList<>(wanted);
    offered.addAll(rest);
    return List.copyOf(offered);
  }

  /** The earliest free slot of any team (ties go to the first team), from today. */
  public Optional<TeamSlot> firstFree(
      Duration visitLength, Map<String, List<BusyInterval>> busyByTeam) {
    return freeTeamSlotsByDay(visitLength, null, busyByTeam, SlotPreferences.NONE).stream()
        .findFirst()
        .map(List::getFirst);
  }

  /** Why a visit cannot be booked at a start, see {@link #check}. */
  public enum Refusal {
    /** The start is in the past (or sooner than the notice asked for). */
    TOO_SOON,
    /** Sunday or a {@link DanishHolidays} day. */
    CLOSED_DAY,
    /** Starts before 08:00 or ends after closing time. */
    OUTSIDE_WORKING_HOURS,
    /** Overlaps a busy interval or leaves less than {@link #TRAVEL} to it. */
    TAKEN
  }

  /**
   * Whether a visit of this length may be booked at exactly {@code start} for a team with these
   * busy intervals: inside its day's working hours (any minute, not only the offer grid and not
   * only the preferred 08:00–14:00 starts), on an open day, not before now + {@code notice}, with
   * the travel gap to every busy interval. Empty = bookable.
   */
  public Optional<Refusal> check(
      Instant start, Duration visitLength, List<BusyInterval> busy, Duration notice) {
    validate(visitLength);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(busy, "busy");
    Objects.requireNonNull(notice, "notice");
    if (start.isBefore(clock.instant().plus(notice))) {
      return Optional.of(Refusal.TOO_SOON);
    }
    ZonedDateTime local = start.atZone(COPENHAGEN);
    Optional<LocalTime> closes = closingTime(local.toLocalDate());
    if (closes.isEmpty()) {
      return Optional.of(Refusal.CLOSED_DAY);
    }
    Instant end = start.plus(visitLength);
    if (local.toLocalTime().isBefore(OPENS) || end.isAfter(at(local.toLocalDate(), closes.get()))) {
      return Optional.of(Refusal.OUTSIDE_WORKING_HOURS);
    }
    if (busy.stream().anyMatch(interval -> tooClose(start, end, interval))) {
      return Optional.of(Refusal.TAKEN);
    }
    return Optional.empty();
  }

  /**
   * Every team's free slots merged per day: one per start (the first team free then), each day
   * ordered by start, days in order.
   */
  private List<List<TeamSlot>> freeTeamSlotsByDay(
      Duration visitLength,
      LocalDate from,
      Map<String, List<BusyInterval>> busyByTeam,
      SlotPreferences preferences) {
    Objects.requireNonNull(busyByTeam, "busyByTeam");
    if (busyByTeam.isEmpty()) {
      throw new IllegalArgumentException("At least one team is needed");
    }
    Map<LocalDate, Map<Instant, TeamSlot>> byDay = new TreeMap<>();
    busyByTeam.forEach(
        (team, busy) -> {
          for (List<Slot> day : freeSlotsByDay(visitLength, busy, from)) {
            for (Slot slot : day) {
              byDay
                  .computeIfAbsent(slot.localStart().toLocalDate(), d -> new TreeMap<>())
                  .putIfAbsent(
                      slot.start(),
                      new TeamSlot(
                          team, slot, !preferences.isEmpty() && preferences.matches(slot)));
            }
          }
        });
    return byDay.values().stream().map(day -> List.copyOf(day.values())).toList();
  }

  private static List<List<TeamSlot>> filterDays(
      List<List<TeamSlot>> days, Predicate<TeamSlot> keep) {
    return days.stream()
        .map(day -> day.stream().filter(keep).toList())
        .filter(day -> !day.isEmpty())
        .toList();
  }

  /**
   * The spreading rule of {@link #offer(Duration, List, int)}: the earliest slot of each day first,
   * then a second (the latest not overlapping the first) where days run out; at most {@link
   * #MAX_SLOTS_PER_DAY} per day counting {@code alreadyTaken}. Chronological.
   */
  private static List<TeamSlot> spread(
      List<List<TeamSlot>> days, int count, Map<LocalDate, List<TeamSlot>> alreadyTaken) {
    List<TeamSlot> offered = new ArrayList<>();
    if (count <= 0) {
      return offered;
    }
    Map<LocalDate, Integer> perDay = new HashMap<>();
    alreadyTaken.forEach((day, slots) -> perDay.put(day, slots.size()));
    List<TeamSlot> firsts = new ArrayList<>();
    for (List<TeamSlot> day : days) {
      if (offered.size() == count) {
        break;
      }
      LocalDate date = day.getFirst().slot().localStart().toLocalDate();
      if (perDay.getOrDefault(date, 0) >= MAX_SLOTS_PER_DAY) {
        firsts.add(null);
        continue;
      }
      offered.add(day.getFirst());
      firsts.add(day.getFirst());
      perDay.merge(date, 1, Integer::sum);
    }
    for (int i = 0; i < days.size() && offered.size() < count; i++) {
      List<TeamSlot> day = days.get(i);
      TeamSlot first = i < firsts.size() ? firsts.get(i) : null;
      if (first == null) {
        continue;
      }
      LocalDate date = first.slot().localStart().toLocalDate();
      if (perDay.getOrDefault(date, 0) >= MAX_SLOTS_PER_DAY) {
        continue;
      }
      day.reversed().stream()
          .filter(later -> !later.slot().start().isBefore(first.slot().end()))
          .findFirst()
          .ifPresent(
              later -> {
                offered.add(later);
                perDay.merge(date, 1, Integer::sum);
              });
    }
    offered.sort(Comparator.comparing(slot -> slot.slot().start()));
    return offered;
  }

  private static boolean overlaps(Slot a, Slot b) {
    return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }

  /**
   * Free slots per day (days without any left out), each day's list and the days in chronological
   * order.
   */
  private List<List<Slot>> freeSlotsByDay(Duration visitLength, List<BusyInterval> existing) {
    return freeSlotsByDay(visitLength, existing, null);
  }

  /**
   * @param from the first day to consider (Copenhagen); {@code null} or a past day = today. The
   *     horizon of {@value #HORIZON_DAYS} days counts from the later of now and that day's start.
   */
  private List<List<Slot>> freeSlotsByDay(
      Duration visitLength, List<BusyInterval> existing, LocalDate from) {
    validate(visitLength);
    Objects.requireNonNull(existing, "existing");
    existing.forEach(busy -> Objects.requireNonNull(busy, "existing must not contain null"));

    Instant now = clock.instant();
    ZonedDateTime base = now.atZone(COPENHAGEN);
    if (from != null && from.isAfter(base.toLocalDate())) {
      base = from.atStartOfDay(COPENHAGEN);
    }
    Instant earliest = now.plus(minimumNotice);
    Instant horizon = base.plusDays(HORIZON_DAYS).toInstant();

    List<List<Slot>> days = new ArrayList<>();
    for (LocalDate date = base.toLocalDate();
        !date.isAfter(horizon.atZone(COPENHAGEN).toLocalDate());
        date = date.plusDays(1)) {
      Optional<LocalTime> closes = closingTime(date);
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

  /** When the day closes; empty on Sundays and {@link DanishHolidays}. */
  static Optional<LocalTime> closingTime(LocalDate date) {
    if (DanishHolidays.isHoliday(date)) {
      return Optional.empty();
    }
    return switch (date.getDayOfWeek()) {
      case MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY -> Optional.of(WEEKDAY_CLOSES);
      case SATURDAY -> Optional.of(SATURDAY_CLOSES);
      case SUNDAY -> Optional.empty();
    };
  }

  private static Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, COPENHAGEN).toInstant();
  }
}
