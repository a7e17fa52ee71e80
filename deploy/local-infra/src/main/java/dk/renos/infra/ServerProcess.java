package dk.renos.infra;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One running infrastructure server.
 *
 * @param name component name as the launcher shows it (postgres, kafka, redis)
 * @param port the port clients use
 * @param process the OS process
 * @param logFile where its output goes
 * @param stopSignal the signal that asks it to shut down cleanly (PostgreSQL: INT = fast shutdown)
 */
public record ServerProcess(
    String name, int port, OsProcess process, Path logFile, String stopSignal) {

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Clean shutdown within {@code grace}, then SIGKILL. */
  public boolean stop(Duration grace) {
    return process.stop(stopSignal, grace);
  }
}
