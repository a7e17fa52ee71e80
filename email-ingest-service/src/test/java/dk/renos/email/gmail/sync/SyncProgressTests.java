package dk.renos.email.gmail.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncProgressTests {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-23T07:00:00Z"));

  @Test
  void withoutARunningSyncThereIsAPercentageButNoRate() {
    SyncProgress.Figures figures = new SyncProgress(clock).figures(UUID.randomUUID(), 250, 1000);

    assertThat(figures.percent()).isEqualTo(25.0);
    assertThat(figures.ratePerMinute()).isNull();
    assertThat(figures.eta()).isNull();
  }

  @Test
  void rateAndEtaCountOnlyWorkDoneInThisRun() {
    SyncProgress progress = new SyncProgress(clock);
    UUID connection = UUID.randomUUID();
    progress.started(connection, 400); // resumed: 400 were done by an earlier process
    clock.advance(Duration.ofMinutes(2));

    SyncProgress.Figures figures = progress.figures(connection, 500, 1000);

    // 100 messages in 2 minutes of this run: 50 a minute, so the 500 left take 10 minutes.
    assertThat(figures.ratePerMinute()).isEqualTo(50.0);
    assertThat(figures.eta()).isEqualTo(Duration.ofMinutes(10));
    assertThat(figures.percent()).isEqualTo(50.0);
  }

  @Test
  void noTimePassedMeansNoRateYet() {
    SyncProgress progress = new SyncProgress(clock);
    UUID connection = UUID.randomUUID();
    progress.started(connection, 0);

    assertThat(progress.figures(connection, 10, 100).ratePerMinute()).isNull();
  }

  @Test
  void aTotalOfZeroHasNoPercentage() {
    assertThat(new SyncProgress(clock).figures(UUID.randomUUID(), 0, 0).percent()).isNull();
  }
}
