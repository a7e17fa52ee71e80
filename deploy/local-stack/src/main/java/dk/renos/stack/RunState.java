package dk.renos.stack;

import dk.renos.infra.OsProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Pid files under {@code <data>/run}: "pid startMillis port". They let {@code status}, {@code logs}
 * and {@code down} find processes started by an earlier {@code up -d}; the start time guards
 * against a reused pid.
 */
public final class RunState {

  private final Path runDir;

  public RunState(Path runDir) {
    this.runDir = runDir;
  }

  public record Entry(OsProcess process, int port) {}

  public void record(String component, OsProcess process, int port) {
    try {
      Files.createDirectories(runDir);
      Files.writeString(
          runDir.resolve(component + ".pid"), process.serialize() + " " + port + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write pid file for " + component, e);
    }
  }

  public Optional<Entry> read(String component) {
    Path file = runDir.resolve(component + ".pid");
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      String[] parts = Files.readString(file).trim().split("\\s+");
      OsProcess process = OsProcess.parse(parts[0] + " " + parts[1]);
      return Optional.of(new Entry(process, Integer.parseInt(parts[2])));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public void forget(String component) {
    try {
      Files.deleteIfExists(runDir.resolve(component + ".pid"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove pid file for " + component, e);
    }
  }
}
