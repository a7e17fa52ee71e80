package dk.renos.chat.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Periods are Copenhagen days, whatever the server's zone, across daylight-saving changes. */
class PeriodTests {

  /** Monday 2026-03-23 00:30 in Copenhagen (CET) is still Sunday in UTC. */
  private static final Instant JUST_AFTER_MIDNIGHT = Instant.parse("2026-03-22T23:30:00Z");

  @Test
  void todayIsTheCopenhagenDayNotTheUtcDay() {
    Period today = Period.today(JUST_AFTER_MIDNIGHT);

    assertThat(today.from()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
    assertThat(today.to()).isEqualTo(Instant.parse("2026-03-23T23:00:00Z"));
  }

  @Test
  void thisWeekRunsMondayToSundayAndIsAnHourShortWhenSummerTimeStarts() {
    // summer time starts Sunday 2026-03-29 02:00
    Period week = Period.ofPlanQuestion("Hvad er planen for ugen?", JUST_AFTER_MIDNIGHT);

    assertThat(week.from()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
    assertThat(week.to()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
  }

  @Test
  void planQuestionsNameTomorrowOrDefaultToTodayAndLeadQuestionsToTheLastSevenDays() {
    Instant monday = Instant.parse("2026-03-23T09:00:00Z");

    assertThat(Period.ofPlanQuestion("Hvem skal ud i morgen?", monday).from())
        .isEqualTo(Instant.parse("2026-03-23T23:00:00Z"));
    assertThat(Period.ofPlanQuestion("Hvad er planen?", monday).label()).isEqualTo("i dag");
    Period leads = Period.ofLeadQuestion("Vis nye leads", monday);
    assertThat(leads.from()).isEqualTo(Instant.parse("2026-03-16T23:00:00Z"));
    assertThat(leads.to()).isEqualTo(Instant.parse("2026-03-23T23:00:00Z"));
  }
}
