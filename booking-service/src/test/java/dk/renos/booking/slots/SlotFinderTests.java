package dk.renos.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole class runs once per JVM default time zone (the build machine's own, UTC, Los Angeles,
 * Tokyo) to prove the server's zone does not matter. Test clocks carry the JVM default zone on
 * purpose: the finder must use only their instant. Dates: 2026-06-01 is a Monday (CEST, UTC+2);
 * daylight saving starts Sunday 2026-03-29 and ends Sunday 2026-10-25.
 */
@ParameterizedClass(name = "JVM default time zone {0}")
@MethodSource("defaultZones")
class SlotFinderTests {

  static Set<String> defaultZones() {
    Set<String> zones = new LinkedHashSet<>();
    zones.add(TimeZone.getDefault().getID());
    zones.addAll(List.of("UTC", "America/Los_Angeles", "Asia/Tokyo"));
    return zones;
  }

  private static final Duration NO_NOTICE = Duration.ZERO;

  @Parameter String defaultZone;

  private TimeZone originalDefault;

  @BeforeEach
  void useDefaultZone() {
    originalDefault = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(defaultZone)));
  }

  @AfterEach
  void restoreDefaultZone() {
    TimeZone.setDefault(originalDefault);
  }

  @Test
  void theJvmDefaultZoneReallyIsTheParameter() {
    assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of(defaultZone));
  }

  // --- working days and hours ---

  @Test
  void weekdaysOfferTheEarliestStartOfEachDayOnePerDay() {
    // Sunday 12:00 local; 12 h notice reaches Monday 00:00
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-05-31T12:00")));
    assertThat(finder.offer(hours(2), List.of()))
        .containsExactly(
            slot("2026-06-01T08:00", "2026-06-01T10:00"),
            slot("2026-06-02T08:00", "2026-06-02T10:00"),
            slot("2026-06-03T08:00", "2026-06-03T10:00"),
            slot("2026-06-04T08:00", "2026-06-04T10:00"),
            // Friday 5 June is Grundlovsdag (closed); Saturday is a working day
            slot("2026-06-06T08:00", "2026-06-06T10:00"));
  }

  @Test
  void saturdayIsAWorkingDayAndSundayIsNot() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-05T18:00")), NO_NOTICE);
    assertThat(finder.offer(hours(2), List.of(), 3))
        .containsExactly(
            slot("2026-06-06T08:00", "2026-06-06T10:00"),
            slot("2026-06-08T08:00", "2026-06-08T10:00"),
            slot("2026-06-09T08:00", "2026-06-09T10:00"));
    // from Saturday evening the next slot is Monday
    assertThat(
            new SlotFinder(clockAt(cph("2026-06-06T15:00")), NO_NOTICE)
                .firstFree(hours(1), List.of()))
        .contains(slot("2026-06-08T08:00", "2026-06-08T09:00"));
  }

  @Test
  void noSundayEverAndAtMostTwoSlotsPerDayAtPreferredHalfHours() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T00:00")), NO_NOTICE);
    List<Slot> all = finder.offer(hours(1), List.of(), 100);
    // 11 working days (Mon 1 – Sat 13 June without Grundlovsdag 5 June, horizon Mon 15 June
    // 00:00), two slots each
    assertThat(all).hasSize(22);
    assertThat(all)
        .allSatisfy(
            s -> {
              assertThat(s.localStart().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
              assertThat(s.localStart().toLocalTime())
                  .isIn(LocalTime.of(8, 0), LocalTime.of(14, 0));
            });
    Map<LocalDate, Long> perDay =
        all.stream()
            .collect(
                Collectors.groupingBy(s -> s.localStart().toLocalDate(), Collectors.counting()));
    assertThat(perDay).hasSize(11).allSatisfy((day, n) -> assertThat(n).isEqualTo(2));
    assertThat(all).isSortedAccordingTo((a, b) -> a.start().compareTo(b.start()));
  }

  @Test
  void aWeekdayVisitMustEndBy17() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-05-31T20:00")), NO_NOTICE);
    List<BusyInterval> busy = List.of(busy("2026-06-01T08:00", "2026-06-01T11:30"));
    // earliest after travel is 12:30
    assertThat(finder.firstFree(hours(4), busy))
        .contains(slot("2026-06-01T12:30", "2026-06-01T16:30"));
    assertThat(finder.firstFree(minutes(270), busy))
        .contains(slot("2026-06-01T12:30", "2026-06-01T17:00"));
    assertThat(finder.firstFree(hours(5), busy))
        .contains(slot("2026-06-02T08:00", "2026-06-02T13:00"));
  }

  @Test
  void aFullWeekdayIsOfferedOnlyAtEightAndNeverOnSaturday() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-04T00:00")), NO_NOTICE);
    // Thursday, then (Friday 5 June is Grundlovsdag, Saturday too short) Monday and Tuesday
    assertThat(finder.offer(hours(9), List.of(), 3))
        .containsExactly(
            slot("2026-06-04T08:00", "2026-06-04T17:00"),
            slot("2026-06-08T08:00", "2026-06-08T17:00"),
            slot("2026-06-09T08:00", "2026-06-09T17:00"));
  }

  @Test
  void aSaturdayVisitMustEndBy15() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-05T18:00")), NO_NOTICE);
    List<BusyInterval> busy = List.of(busy("2026-06-06T08:00", "2026-06-06T09:30"));
    assertThat(finder.firstFree(hours(4), busy))
        .contains(slot("2026-06-06T10:30", "2026-06-06T14:30"));
    assertThat(finder.firstFree(minutes(270), busy))
        .contains(slot("2026-06-06T10:30", "2026-06-06T15:00"));
    assertThat(finder.firstFree(hours(5), busy))
        .contains(slot("2026-06-08T08:00", "2026-06-08T13:00"));
  }

  @Test
  void sevenHoursExactlyFillSaturdayButSevenAndAHalfDoNot() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-05T18:00")), NO_NOTICE);
    assertThat(finder.firstFree(hours(7), List.of()))
        .contains(
            new Slot(Instant.parse("2026-06-06T06:00:00Z"), Instant.parse("2026-06-06T13:00:00Z")));
    assertThat(finder.offer(hours(7), List.of(), 1))
        .containsExactly(slot("2026-06-06T08:00", "2026-06-06T15:00"));
    assertThat(finder.firstFree(minutes(450), List.of()))
        .contains(
            new Slot(Instant.parse("2026-06-08T06:00:00Z"), Instant.parse("2026-06-08T13:30:00Z")));
    assertThat(finder.offer(minutes(450), List.of(), 5))
        .noneMatch(s -> s.localStart().getDayOfWeek() == DayOfWeek.SATURDAY);
  }

  // --- travel ---

  @Test
  void aNewJobMustEndAnHourBeforeTheNextJob() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T18:00")), NO_NOTICE);
    List<BusyInterval> busy = List.of(busy("2026-06-02T10:00", "2026-06-02T12:00"));
    // 08:00–09:00 leaves exactly 60 minutes
    assertThat(finder.firstFree(hours(1), busy))
        .contains(slot("2026-06-02T08:00", "2026-06-02T09:00"));
    // 08:00–09:30 would leave 30 minutes; after the job, 12:00 + 60 min travel
    assertThat(finder.firstFree(minutes(90), busy))
        .contains(slot("2026-06-02T13:00", "2026-06-02T14:30"));
  }

  @Test
  void aNewJobMustStartAnHourAfterThePreviousJob() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T18:00")), NO_NOTICE);
    assertThat(finder.firstFree(hours(2), List.of(busy("2026-06-02T08:00", "2026-06-02T10:00"))))
        .contains(slot("2026-06-02T11:00", "2026-06-02T13:00"));
    // 10:10 + 60 min = 11:10, rounded up to the half-hour grid
    assertThat(finder.firstFree(hours(2), List.of(busy("2026-06-02T08:00", "2026-06-02T10:10"))))
        .contains(slot("2026-06-02T11:30", "2026-06-02T13:30"));
  }

  @Test
  void theFirstJobOfTheDayNeedsNoTravelButAnEarlierJobCounts() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T18:00")), NO_NOTICE);
    // yesterday's job until 17:00 does not push today's 08:00
    assertThat(finder.firstFree(hours(1), List.of(busy("2026-06-01T13:00", "2026-06-01T17:00"))))
        .contains(slot("2026-06-02T08:00", "2026-06-02T09:00"));
    // a job before opening does
    assertThat(finder.firstFree(hours(1), List.of(busy("2026-06-02T06:00", "2026-06-02T07:30"))))
        .contains(slot("2026-06-02T08:30", "2026-06-02T09:30"));
  }

  @Test
  void travelIsCheckedBetweenTwoJobsAndBusyIntervalsMayBeUnsortedAndOverlap() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T18:00")), NO_NOTICE);
    List<BusyInterval> busy =
        List.of(
            busy("2026-06-02T14:00", "2026-06-02T16:00"),
            busy("2026-06-02T08:00", "2026-06-02T09:00"),
            busy("2026-06-02T08:30", "2026-06-02T10:00"));
    // gap 10:00–14:00: with travel only 11:00–13:00 is usable
    assertThat(finder.firstFree(hours(2), busy))
        .contains(slot("2026-06-02T11:00", "2026-06-02T13:00"));
    assertThat(finder.firstFree(minutes(150), busy))
        .contains(slot("2026-06-03T08:00", "2026-06-03T10:30"));
  }

  // --- preferred start window ---

  @Test
  void startsOnlyBetween08And14EvenIfTheVisitWouldFitLater() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T18:00")), NO_NOTICE);
    assertThat(finder.firstFree(hours(1), List.of(busy("2026-06-02T08:00", "2026-06-02T13:00"))))
        .contains(slot("2026-06-02T14:00", "2026-06-02T15:00"));
    // 14:30 would fit before 17:00 but is outside the preferred window
    assertThat(finder.firstFree(hours(1), List.of(busy("2026-06-02T08:00", "2026-06-02T13:30"))))
        .contains(slot("2026-06-03T08:00", "2026-06-03T09:00"));
  }

  @Test
  void startsAreOnTheHalfHour() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T10:17")), NO_NOTICE);
    List<BusyInterval> busy =
        List.of(
            busy("2026-06-02T07:05", "2026-06-02T08:20"),
            busy("2026-06-03T08:00", "2026-06-03T09:41"),
            busy("2026-06-04T08:13", "2026-06-04T10:59"));
    List<Slot> offered = finder.offer(minutes(75), busy, 4);
    assertThat(offered)
        .containsExactly(
            slot("2026-06-01T10:30", "2026-06-01T11:45"),
            slot("2026-06-02T09:30", "2026-06-02T10:45"),
            slot("2026-06-03T11:00", "2026-06-03T12:15"),
            slot("2026-06-04T12:00", "2026-06-04T13:15"));
  }

  // --- horizon and notice ---

  @Test
  void slotsStartWithinFourteenDays() {
    // now Monday 1 June 09:00; horizon Monday 15 June 09:00
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T09:00")), NO_NOTICE);
    List<Slot> all = finder.offer(hours(1), List.of(), 100);
    assertThat(all.getLast()).isEqualTo(slot("2026-06-15T08:00", "2026-06-15T09:00"));
    assertThat(all).allSatisfy(s -> assertThat(s.start()).isBefore(cph("2026-06-15T09:00")));

    List<BusyInterval> fullUntilSunday = List.of(busy("2026-06-01T00:00", "2026-06-14T12:00"));
    assertThat(finder.offer(hours(1), fullUntilSunday))
        .containsExactly(
            new Slot(Instant.parse("2026-06-15T06:00:00Z"), Instant.parse("2026-06-15T07:00:00Z")));
    // Monday 15 June 09:30 (after travel) is past the horizon; Tuesday 16 June is never looked at
    List<BusyInterval> fullUntilMondayMorning =
        List.of(
            busy("2026-06-01T00:00", "2026-06-14T12:00"),
            busy("2026-06-15T08:00", "2026-06-15T08:30"));
    assertThat(finder.firstFree(hours(1), fullUntilMondayMorning)).isEmpty();
    assertThat(finder.offer(hours(1), fullUntilMondayMorning)).isEmpty();
  }

  @Test
  void theHorizonIsFourteenCalendarDaysAcrossTheSpringChange() {
    // now Friday 27 March 12:00 CET = 11:00Z; horizon Friday 10 April 12:00 CEST = 10:00Z (14 days
    // minus an hour; the Easter days 2, 3 and 6 April are closed anyway)
    SlotFinder finder =
        new SlotFinder(
            Clock.fixed(Instant.parse("2026-03-27T11:00:00Z"), ZoneId.systemDefault()), NO_NOTICE);
    List<BusyInterval> fullUntilThursdayNight =
        List.of(
            new BusyInterval(
                Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-04-09T20:00:00Z")));
    // first and latest non-overlapping start on Friday 10 April: 08:00 and 11:30 CEST
    assertThat(finder.offer(hours(1), fullUntilThursdayNight))
        .containsExactly(
            new Slot(Instant.parse("2026-04-10T06:00:00Z"), Instant.parse("2026-04-10T07:00:00Z")),
            new Slot(Instant.parse("2026-04-10T09:30:00Z"), Instant.parse("2026-04-10T10:30:00Z")));
  }

  @Test
  void theDefaultMinimumNoticeIsTwelveHours() {
    // Sunday 20:00 + 12 h = Monday 08:00, allowed exactly
    assertThat(new SlotFinder(clockAt(cph("2026-05-31T20:00"))).firstFree(hours(1), List.of()))
        .contains(
            new Slot(Instant.parse("2026-06-01T06:00:00Z"), Instant.parse("2026-06-01T07:00:00Z")));
    assertThat(new SlotFinder(clockAt(cph("2026-05-31T20:01"))).firstFree(hours(1), List.of()))
        .contains(slot("2026-06-01T08:30", "2026-06-01T09:30"));
    // Monday 08:00 + 12 h = 20:00: nothing more on Monday
    assertThat(new SlotFinder(clockAt(cph("2026-06-01T08:00"))).firstFree(hours(1), List.of()))
        .contains(slot("2026-06-02T08:00", "2026-06-02T09:00"));
  }

  @Test
  void theMinimumNoticeIsConfigurable() {
    assertThat(
            new SlotFinder(clockAt(cph("2026-06-01T10:15")), Duration.ofHours(48))
                .firstFree(hours(1), List.of()))
        .contains(slot("2026-06-03T10:30", "2026-06-03T11:30"));
    assertThatThrownBy(
            () -> new SlotFinder(clockAt(cph("2026-06-01T10:15")), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Minimum notice must not be negative");
  }

  @Test
  void neverASlotInThePast() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T10:15")), NO_NOTICE);
    assertThat(finder.firstFree(hours(1), List.of()))
        .contains(slot("2026-06-01T10:30", "2026-06-01T11:30"));
    assertThat(
            new SlotFinder(clockAt(cph("2026-06-01T10:30")), NO_NOTICE)
                .firstFree(hours(1), List.of()))
        .contains(slot("2026-06-01T10:30", "2026-06-01T11:30"));
  }

  // --- daylight saving, instants asserted exactly ---

  @Test
  void aroundTheSpringChangeEightOClockMovesFromSevenToSixUtc() {
    // Thursday 26 March 12:00Z + 12 h notice = Friday 00:00Z
    SlotFinder finder =
        new SlotFinder(Clock.fixed(Instant.parse("2026-03-26T12:00:00Z"), ZoneId.systemDefault()));
    assertThat(finder.offer(hours(3), List.of()))
        .containsExactly(
            new Slot(
                Instant.parse("2026-03-27T07:00:00Z"),
                Instant.parse("2026-03-27T10:00:00Z")), // Fri, CET
            new Slot(
                Instant.parse("2026-03-28T07:00:00Z"),
                Instant.parse("2026-03-28T10:00:00Z")), // Sat, CET
            new Slot(
                Instant.parse("2026-03-30T06:00:00Z"),
                Instant.parse("2026-03-30T09:00:00Z")), // Mon, CEST
            new Slot(Instant.parse("2026-03-31T06:00:00Z"), Instant.parse("2026-03-31T09:00:00Z")),
            new Slot(Instant.parse("2026-04-01T06:00:00Z"), Instant.parse("2026-04-01T09:00:00Z")));
  }

  @Test
  void aroundTheSpringChangeClosingTimesAreLocal() {
    SlotFinder finder =
        new SlotFinder(
            Clock.fixed(Instant.parse("2026-03-26T20:00:00Z"), ZoneId.systemDefault()), NO_NOTICE);
    // 9 h: Friday 17:00 CET = 16:00Z, Saturday too short, Monday 17:00 CEST = 15:00Z
    assertThat(finder.offer(hours(9), List.of(), 3))
        .containsExactly(
            new Slot(Instant.parse("2026-03-27T07:00:00Z"), Instant.parse("2026-03-27T16:00:00Z")),
            new Slot(Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-30T15:00:00Z")),
            new Slot(Instant.parse("2026-03-31T06:00:00Z"), Instant.parse("2026-03-31T15:00:00Z")));
    // 7 h fills Saturday 28 March (CET) 08:00–15:00
    List<BusyInterval> fridayTaken =
        List.of(
            new BusyInterval(
                Instant.parse("2026-03-27T07:00:00Z"), Instant.parse("2026-03-27T16:00:00Z")));
    assertThat(finder.firstFree(hours(7), fridayTaken))
        .contains(
            new Slot(Instant.parse("2026-03-28T07:00:00Z"), Instant.parse("2026-03-28T14:00:00Z")));
    // latest start 14:00 local on Monday 30 March is 12:00Z
    List<BusyInterval> mondayMorningTaken =
        List.of(
            new BusyInterval(
                Instant.parse("2026-03-27T07:00:00Z"), Instant.parse("2026-03-28T14:00:00Z")),
            new BusyInterval(
                Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-30T11:00:00Z")));
    assertThat(finder.firstFree(hours(3), mondayMorningTaken))
        .contains(
            new Slot(Instant.parse("2026-03-30T12:00:00Z"), Instant.parse("2026-03-30T15:00:00Z")));
    assertThat(finder.firstFree(hours(4), mondayMorningTaken))
        .contains(
            new Slot(Instant.parse("2026-03-31T06:00:00Z"), Instant.parse("2026-03-31T10:00:00Z")));
  }

  @Test
  void aroundTheAutumnChangeEightOClockMovesFromSixToSevenUtc() {
    SlotFinder finder =
        new SlotFinder(
            Clock.fixed(Instant.parse("2026-10-22T20:00:00Z"), ZoneId.systemDefault()), NO_NOTICE);
    assertThat(finder.offer(hours(3), List.of(), 4))
        .containsExactly(
            new Slot(
                Instant.parse("2026-10-23T06:00:00Z"),
                Instant.parse("2026-10-23T09:00:00Z")), // Fri, CEST
            new Slot(
                Instant.parse("2026-10-24T06:00:00Z"),
                Instant.parse("2026-10-24T09:00:00Z")), // Sat, CEST
            new Slot(
                Instant.parse("2026-10-26T07:00:00Z"),
                Instant.parse("2026-10-26T10:00:00Z")), // Mon, CET
            new Slot(Instant.parse("2026-10-27T07:00:00Z"), Instant.parse("2026-10-27T10:00:00Z")));
    // 7 h on Saturday 24 October (CEST) ends 15:00 = 13:00Z; 9 h on Monday 26 October (CET) ends
    // 17:00 = 16:00Z
    List<BusyInterval> fridayTaken =
        List.of(
            new BusyInterval(
                Instant.parse("2026-10-23T06:00:00Z"), Instant.parse("2026-10-23T15:00:00Z")));
    assertThat(finder.firstFree(hours(7), fridayTaken))
        .contains(
            new Slot(Instant.parse("2026-10-24T06:00:00Z"), Instant.parse("2026-10-24T13:00:00Z")));
    assertThat(finder.firstFree(hours(9), fridayTaken))
        .contains(
            new Slot(Instant.parse("2026-10-26T07:00:00Z"), Instant.parse("2026-10-26T16:00:00Z")));
  }

  @Test
  void theChangeSundaysHaveNoSlotsAndNoticeIsElapsedTime() {
    // Saturday 28 March 20:00 CET = 19:00Z; 36 elapsed hours = Monday 07:00Z = 09:00 CEST (wall
    // clock would say 08:00)
    assertThat(
            new SlotFinder(
                    Clock.fixed(Instant.parse("2026-03-28T19:00:00Z"), ZoneId.systemDefault()),
                    Duration.ofHours(36))
                .firstFree(hours(1), List.of()))
        .contains(
            new Slot(Instant.parse("2026-03-30T07:00:00Z"), Instant.parse("2026-03-30T08:00:00Z")));
    // Saturday 24 October 20:00 CEST = 18:00Z; 37 elapsed hours = Monday 07:00Z = 08:00 CET (wall
    // clock: 09:00)
    assertThat(
            new SlotFinder(
                    Clock.fixed(Instant.parse("2026-10-24T18:00:00Z"), ZoneId.systemDefault()),
                    Duration.ofHours(37))
                .firstFree(hours(1), List.of()))
        .contains(
            new Slot(Instant.parse("2026-10-26T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z")));
    // starting on the change Sundays themselves, Monday 08:00 is next
    assertThat(
            new SlotFinder(
                    Clock.fixed(Instant.parse("2026-03-29T00:30:00Z"), ZoneId.systemDefault()),
                    NO_NOTICE)
                .firstFree(hours(1), List.of()))
        .contains(
            new Slot(Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-30T07:00:00Z")));
    assertThat(
            new SlotFinder(
                    Clock.fixed(Instant.parse("2026-10-25T00:30:00Z"), ZoneId.systemDefault()),
                    NO_NOTICE)
                .firstFree(hours(1), List.of()))
        .contains(
            new Slot(Instant.parse("2026-10-26T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z")));
  }

  @Test
  void travelAfterTheSpringChange() {
    SlotFinder finder =
        new SlotFinder(
            Clock.fixed(Instant.parse("2026-03-29T12:00:00Z"), ZoneId.systemDefault()), NO_NOTICE);
    // Monday 30 March 08:00–10:00 CEST; next start 11:00 CEST = 09:00Z
    List<BusyInterval> busy =
        List.of(
            new BusyInterval(
                Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-30T08:00:00Z")));
    assertThat(finder.firstFree(hours(2), busy))
        .contains(
            new Slot(Instant.parse("2026-03-30T09:00:00Z"), Instant.parse("2026-03-30T11:00:00Z")));
  }

  // --- spreading ---

  @Test
  void aSecondSlotPerDayOnlyWhenDaysRunOutTheLatestThatDoesNotOverlapTheFirst() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T00:00")), NO_NOTICE);
    // only Tuesday 2 and Wednesday 3 June have room within the horizon (until Monday 15 June 00:00)
    List<BusyInterval> busy =
        List.of(
            busy("2026-06-01T08:00", "2026-06-01T17:00"),
            busy("2026-06-04T08:00", "2026-06-13T15:00"));
    assertThat(finder.offer(hours(2), busy))
        .containsExactly(
            slot("2026-06-02T08:00", "2026-06-02T10:00"),
            slot("2026-06-02T14:00", "2026-06-02T16:00"),
            slot("2026-06-03T08:00", "2026-06-03T10:00"),
            slot("2026-06-03T14:00", "2026-06-03T16:00"));
    // seconds are handed out soonest day first
    assertThat(finder.offer(hours(2), busy, 3))
        .containsExactly(
            slot("2026-06-02T08:00", "2026-06-02T10:00"),
            slot("2026-06-02T14:00", "2026-06-02T16:00"),
            slot("2026-06-03T08:00", "2026-06-03T10:00"));
    // a 5 h visit has no non-overlapping second start (08:00–13:00 vs. last start 12:00)
    assertThat(finder.offer(hours(5), busy))
        .containsExactly(
            slot("2026-06-02T08:00", "2026-06-02T13:00"),
            slot("2026-06-03T08:00", "2026-06-03T13:00"));
  }

  @Test
  void firstFreeIsTheFirstOffer() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T09:40")));
    List<BusyInterval> busy = List.of(busy("2026-06-02T09:00", "2026-06-02T12:00"));
    assertThat(finder.firstFree(hours(3), busy)).contains(finder.offer(hours(3), busy).getFirst());
    assertThat(finder.firstFree(hours(3), busy))
        .contains(slot("2026-06-02T13:00", "2026-06-02T16:00"));
  }

  // --- the clock ---

  @Test
  void onlyTheClocksInstantMattersNotItsZone() {
    Instant now = cph("2026-06-01T18:00");
    Function<ZoneId, List<Slot>> offers =
        zone -> new SlotFinder(Clock.fixed(now, zone)).offer(hours(2), List.of());
    List<Slot> expected = offers.apply(SlotFinder.COPENHAGEN);
    assertThat(expected.getFirst()).isEqualTo(slot("2026-06-02T08:00", "2026-06-02T10:00"));
    for (String zone :
        List.of("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles")) {
      assertThat(offers.apply(ZoneId.of(zone))).as(zone).isEqualTo(expected);
    }
  }

  // --- validation ---

  @Test
  void visitLengthMustBePositiveAndAtMostTheLongestWorkingDay() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T00:00")), NO_NOTICE);
    assertThatThrownBy(() -> finder.offer(Duration.ZERO, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Visit length must be positive, was PT0S");
    assertThatThrownBy(() -> finder.firstFree(minutes(-30), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> finder.offer(minutes(9 * 60 + 1), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT9H1M exceeds the longest working day (PT9H")
        .hasMessageContaining("not supported");
    assertThat(finder.firstFree(hours(9), List.of())).isPresent();
    assertThatNullPointerException().isThrownBy(() -> finder.offer(null, List.of()));
    assertThatNullPointerException().isThrownBy(() -> finder.offer(hours(1), null));
    assertThatNullPointerException().isThrownBy(() -> new SlotFinder(null));
  }

  @Test
  void countMustBePositive() {
    SlotFinder finder = new SlotFinder(clockAt(cph("2026-06-01T00:00")));
    assertThatThrownBy(() -> finder.offer(hours(1), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Count must be at least 1, was 0");
    assertThat(finder.offer(hours(1), List.of(), 1)).hasSize(1);
  }

  @Test
  void intervalsMustEndAfterTheyStart() {
    Instant t = Instant.parse("2026-06-01T06:00:00Z");
    assertThatThrownBy(() -> new BusyInterval(t, t)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BusyInterval(t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Slot(t, t)).isInstanceOf(IllegalArgumentException.class);
  }

  // --- rendering ---

  @Test
  void aSlotRendersInCopenhagenWallClockTime() {
    Slot monday =
        new Slot(Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-30T09:00:00Z"));
    assertThat(monday.localStart())
        .isEqualTo(ZonedDateTime.of(2026, 3, 30, 8, 0, 0, 0, SlotFinder.COPENHAGEN));
    assertThat(monday.localEnd())
        .isEqualTo(ZonedDateTime.of(2026, 3, 30, 11, 0, 0, 0, SlotFinder.COPENHAGEN));
    assertThat(monday.length()).isEqualTo(hours(3));
    assertThat(monday.toLocalText()).isEqualTo("mandag 30. marts 2026 kl. 08:00–11:00");
    Slot friday =
        new Slot(Instant.parse("2026-03-27T07:00:00Z"), Instant.parse("2026-03-27T10:00:00Z"));
    assertThat(friday.toLocalText()).isEqualTo("fredag 27. marts 2026 kl. 08:00–11:00");
  }

  // --- helpers ---

  /** A fixed clock in the JVM default zone: the finder must ignore that zone. */
  private static Clock clockAt(Instant now) {
    return Clock.fixed(now, ZoneId.systemDefault());
  }

  private static Instant cph(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SlotFinder.COPENHAGEN).toInstant();
  }

  private static Slot slot(String localStart, String localEnd) {
    return new Slot(cph(localStart), cph(localEnd));
  }

  private static BusyInterval busy(String localStart, String localEnd) {
    return new BusyInterval(cph(localStart), cph(localEnd));
  }

  private static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  private static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
