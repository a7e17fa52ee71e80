package dk.renos.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.booking.slots.SlotFinder.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Offers over several teams, from a chosen day, with the customer's preferences; exact checks. */
class TeamSlotOfferTests {

  private static final Duration TWO_HOURS = Duration.ofHours(2);

  private static Instant cph(String local) {
    return LocalDateTime.parse(local).atZone(SlotFinder.COPENHAGEN).toInstant();
  }

  private static SlotFinder finderAt(String local) {
    return new SlotFinder(Clock.fixed(cph(local), ZoneOffset.UTC), Duration.ZERO);
  }

  private static Map<String, List<BusyInterval>> teams(
      List<BusyInterval> one, List<BusyInterval> two) {
    Map<String, List<BusyInterval>> busy = new LinkedHashMap<>();
    busy.put("team-1", one);
    busy.put("team-2", two);
    return busy;
  }

  @Test
  void aStartTakenForTheFirstTeamIsOfferedForTheSecond() {
    SlotFinder finder = finderAt("2026-06-01T00:00");
    List<BusyInterval> mondayMorning =
        List.of(new BusyInterval(cph("2026-06-01T08:00"), cph("2026-06-01T12:00")));
    assertThat(finder.firstFree(TWO_HOURS, teams(mondayMorning, List.of())))
        .hasValueSatisfying(
            slot -> {
              assertThat(slot.teamId()).isEqualTo("team-2");
              assertThat(slot.slot().start()).isEqualTo(cph("2026-06-01T08:00"));
            });
  }

  @Test
  void preferredWeekdaysAndAfternoonsComeFirstThenTheRestFillsUp() {
    SlotFinder finder = finderAt("2026-06-01T00:00");
    List<TeamSlot> offer =
        finder.offer(
            TWO_HOURS,
            null,
            SlotPreferences.parse("wednesday, AFTERNOON"),
            teams(List.of(), List.of()),
            5);
    assertThat(offer).hasSize(5);
    // the two Wednesdays in the horizon, two afternoon starts each (12:00 and the latest, 14:00)
    assertThat(offer.subList(0, 4))
        .allSatisfy(slot -> assertThat(slot.preferred()).isTrue())
        .extracting(slot -> slot.slot().start())
        .containsExactly(
            cph("2026-06-03T12:00"),
            cph("2026-06-03T14:00"),
            cph("2026-06-10T12:00"),
            cph("2026-06-10T14:00"));
    // then the soonest other slot
    assertThat(offer.get(4).preferred()).isFalse();
    assertThat(offer.get(4).slot().start()).isEqualTo(cph("2026-06-01T08:00"));
  }

  @Test
  void fromMovesTheFourteenDaysAndSkipsHolidays() {
    SlotFinder finder = finderAt("2026-03-23T09:00");
    // from Thursday 2 April (Skærtorsdag): Good Friday, Easter Sunday and Monday are closed too
    List<TeamSlot> offer =
        finder.offer(
            TWO_HOURS,
            LocalDate.parse("2026-04-02"),
            SlotPreferences.NONE,
            teams(List.of(), List.of()),
            2);
    assertThat(offer)
        .extracting(slot -> slot.slot().start())
        .containsExactly(cph("2026-04-04T08:00"), cph("2026-04-07T08:00"));
  }

  @Test
  void checkAcceptsAnyMinuteInsideWorkingHoursAndNamesTheBrokenRule() {
    SlotFinder finder = finderAt("2026-03-23T09:00");
    List<BusyInterval> busy =
        List.of(new BusyInterval(cph("2026-03-24T08:00"), cph("2026-03-24T10:00")));
    assertThat(finder.check(cph("2026-03-24T11:00"), TWO_HOURS, busy, Duration.ZERO)).isEmpty();
    assertThat(finder.check(cph("2026-03-24T15:15"), Duration.ofMinutes(90), busy, Duration.ZERO))
        .isEmpty();
    assertThat(finder.check(cph("2026-03-24T10:30"), TWO_HOURS, busy, Duration.ZERO))
        .contains(Refusal.TAKEN);
    assertThat(finder.check(cph("2026-03-24T07:30"), TWO_HOURS, List.of(), Duration.ZERO))
        .contains(Refusal.OUTSIDE_WORKING_HOURS);
    assertThat(finder.check(cph("2026-03-28T14:00"), TWO_HOURS, List.of(), Duration.ZERO))
        .contains(Refusal.OUTSIDE_WORKING_HOURS); // Saturday closes at 15:00
    assertThat(finder.check(cph("2026-04-03T08:00"), TWO_HOURS, List.of(), Duration.ZERO))
        .contains(Refusal.CLOSED_DAY); // Langfredag
    assertThat(finder.check(cph("2026-03-29T08:00"), TWO_HOURS, List.of(), Duration.ZERO))
        .contains(Refusal.CLOSED_DAY); // Sunday
    assertThat(finder.check(cph("2026-03-23T08:00"), TWO_HOURS, List.of(), Duration.ZERO))
        .contains(Refusal.TOO_SOON);
  }

  @Test
  void anEightOClockStartOnTheDaylightSavingMondaysIsEightLocal() {
    SlotFinder finder = finderAt("2026-03-27T18:00");
    assertThat(finder.firstFree(TWO_HOURS, teams(List.of(), List.of())))
        .hasValueSatisfying(
            slot ->
                assertThat(slot.slot().start()).isEqualTo(Instant.parse("2026-03-28T07:00:00Z")));
    // Monday after the spring change: 08:00 CEST = 06:00Z; after the autumn change 08:00 CET =
    // 07:00Z
    assertThat(
            finder.check(
                Instant.parse("2026-03-30T06:00:00Z"), TWO_HOURS, List.of(), Duration.ZERO))
        .isEmpty();
    assertThat(
            finder.check(
                Instant.parse("2026-03-30T05:30:00Z"), TWO_HOURS, List.of(), Duration.ZERO))
        .contains(Refusal.OUTSIDE_WORKING_HOURS);
    SlotFinder autumn = finderAt("2026-10-23T18:00");
    assertThat(
            autumn.check(
                Instant.parse("2026-10-26T07:00:00Z"), TWO_HOURS, List.of(), Duration.ZERO))
        .isEmpty();
    assertThat(
            autumn.check(
                Instant.parse("2026-10-26T06:30:00Z"), TWO_HOURS, List.of(), Duration.ZERO))
        .contains(Refusal.OUTSIDE_WORKING_HOURS);
  }

  @Test
  void unknownPreferencesAreRefusedByName() {
    assertThatThrownBy(() -> SlotPreferences.parse("MONDAY,EVENING"))
        .isInstanceOf(SlotPreferences.InvalidPreferenceException.class)
        .hasMessageContaining("EVENING");
  }
}
