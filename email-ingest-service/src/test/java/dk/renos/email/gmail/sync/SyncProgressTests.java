package dk.renos.email.gmail.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncProgressTests {

  @Test
  void withoutARunningSyncThereIsAPercentageButNoRate() {
    SyncProgress.Figures figures = new SyncProgress().figures(UUID.randomUUID(), 250, 1000);

    assertThat(figures.percent()).isEqualTo(25.0);
    assertThat(figures.ratePerMinute()).isNull();
    assertThat(figures.eta()).isNull();
  }

  @Test
  void rateAndEtaCountOnlyWorkDoneInThisRun() throws InterruptedException {
    SyncProgress progress = new SyncProgress();
    UUID connection = UUID.randomUUID();
    progress.started(connection, 400); // resumed: 400 were done by an earlier process
    Thread.sleep(120);

    SyncProgress.Figures figures = progress.figures(connection, 500, 1000);

    // 100 messages in ~0.12 s here: tens of thousands per minute, and 500 left take well under a
    // second.
    assertThat(figures.ratePerMinute()).isBetween(1_000.0, 60_000.0);
    assertThat(figures.eta().toMillis()).isBetween(100L, 1_000L);
    assertThat(figures.percent()).isEqualTo(50.0);
  }

  @Test
  void aTotalOfZeroHasNoPercentage() {
    assertThat(new SyncProgress().figures(UUID.randomUUID(), 0, 0).percent()).isNull();
  }
}
