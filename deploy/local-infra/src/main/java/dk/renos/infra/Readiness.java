package dk.renos.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a freshly started process to become usable, failing fast when it dies. */
final class Readiness {

  private Readiness() {}

  static void await(
      String component, OsProcess process, Path logFile, Duration timeout, BooleanSupplier ready) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready.getAsBoolean()) {
        return;
      }
      if (!process.isAlive()) {
        throw new InfraException(component + " exited during startup; see " + logFile);
      }
      sleep(100);
    }
    process.stop("KILL", Duration.ofSeconds(5));
    throw new InfraException(
        component + " was not ready within " + timeout.toSeconds() + " s; see " + logFile);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfraException("interrupted while waiting", e);
    }
  }
}
