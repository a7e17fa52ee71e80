package dk.renos.email.gmail.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Rate and ETA of running full syncs, measured over this process's run (a resumed sync does not
 * count the pages an earlier process did as fast work of its own).
 */
@Component
public class SyncProgress {

  /** Where a full sync stood when this process began watching it. */
  private record Run(Instant startedAt, int doneAtStart) {}

  /**
   * What the API and logs show. {@code ratePerMinute} and {@code eta} are null until there is a
   * rate.
   */
  public record Figures(int done, int total, Double percent, Double ratePerMinute, Duration eta) {}

  private final Map<UUID, Run> runs = new ConcurrentHashMap<>();
  private final Clock clock;

  SyncProgress(Clock clock) {
    this.clock = clock;
  }

  void started(UUID connectionId, int done) {
    runs.put(connectionId, new Run(Instant.now(clock), done));
  }

  void finished(UUID connectionId) {
    runs.remove(connectionId);
  }

  public Figures figures(UUID connectionId, int done, int total) {
    Double percent = total > 0 ? Math.min(100.0, Math.round(1000.0 * done / total) / 10.0) : null;
    Run run = runs.get(connectionId);
    if (run == null) {
      return new Figures(done, total, percent, null, null);
    }
    double minutes = Duration.between(run.startedAt(), Instant.now(clock)).toMillis() / 60_000.0;
    int doneHere = done - run.doneAtStart();
    if (minutes <= 0 || doneHere <= 0) {
      return new Figures(done, total, percent, null, null);
    }
    double rate = doneHere / minutes;
    Duration eta = Duration.ofSeconds(Math.round(Math.max(0, total - done) / rate * 60));
    return new Figures(done, total, percent, Math.round(rate * 10) / 10.0, eta);
  }
}
