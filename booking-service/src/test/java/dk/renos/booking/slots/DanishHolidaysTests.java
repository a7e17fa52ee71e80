package dk.renos.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishHolidaysTests {

  @ParameterizedTest
  @CsvSource({
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25"
  })
  void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
    assertThat(DanishHolidays.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void theHolidaysOf2026IncludeTheEasterBasedOnesAndNoStoreBededag() {
    assertThat(DanishHolidays.of(2026))
        .containsOnlyKeys(
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-04-02"),
            LocalDate.parse("2026-04-03"),
            LocalDate.parse("2026-04-05"),
            LocalDate.parse("2026-04-06"),
            LocalDate.parse("2026-05-14"),
            LocalDate.parse("2026-05-24"),
            LocalDate.parse("2026-05-25"),
            LocalDate.parse("2026-06-05"),
            LocalDate.parse("2026-12-24"),
            LocalDate.parse("2026-12-25"),
            LocalDate.parse("2026-12-26"),
            LocalDate.parse("2026-12-31"));
    assertThat(DanishHolidays.nameOf(LocalDate.parse("2026-05-14")))
        .contains("Kristi himmelfartsdag");
  }

  @Test
  void storeBededagIsAHolidayUpTo2023Only() {
    assertThat(DanishHolidays.nameOf(LocalDate.parse("2023-05-05"))).contains("Store bededag");
    assertThat(DanishHolidays.isHoliday(LocalDate.parse("2024-04-26"))).isFalse();
  }

  @Test
  void anOrdinaryDayIsNoHoliday() {
    assertThat(DanishHolidays.isHoliday(LocalDate.parse("2026-04-07"))).isFalse();
  }
}
