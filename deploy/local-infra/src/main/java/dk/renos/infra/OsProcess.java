package dk.renos.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server running as its own OS process, in its own session (setsid), so that Ctrl-C on the
 * launcher's terminal reaches only the launcher, which then stops components in order. Identified
 * by pid and start time, so a reused pid is never mistaken for ours.
 */
public record OsProcess(long pid, Instant startedAt) {

  /** Starts {@code command} with stdout and stderr appended to {@code logFile}. */
  public static OsProcess start(
      List<String> command, Path workDir, Map<String, String> env, Path logFile) {
    try {
      Files.createDirectories(logFile.getParent());
      List<String> full = new ArrayList<>();
      if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
        full.add("/usr/bin/setsid");
      }
      full.addAll(command);
      ProcessBuilder builder =
          new ProcessBuilder(full)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().putAll(env);
      Process process = builder.start();
      ProcessHandle handle = process.toHandle();
      return new OsProcess(handle.pid(), handle.info().startInstant().orElse(Instant.EPOCH));
    } catch (IOException e) {
      throw new InfraException("could not start " + command.getFirst() + ": " + e.getMessage(), e);
    }
  }

  /** The live process, if it is still the one we started. */
  public Optional<ProcessHandle> handle() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(h -> sameStart(h.info().startInstant()));
  }

  private boolean sameStart(Optional<Instant> actual) {
    // Start instants are reported with clock-tick precision; allow a little slack.
    return actual.isEmpty()
        || startedAt.equals(Instant.EPOCH)
        || Duration.between(actual.get(), startedAt).abs().compareTo(Duration.ofSeconds(2)) < 0;
  }

  public boolean isAlive() {
    return handle().isPresent();
  }

  /** Sends a signal by name (TERM, INT, KILL) to the process. */
  public void signal(String signal) {
    if (!isAlive()) {
      return;
    }
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new InfraException("could not signal pid " + pid + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Signals, waits up to {@code grace} for a clean exit, then kills. Returns true when it exited
   * cleanly.
   */
  public boolean stop(String signal, Duration grace) {
    Optional<ProcessHandle> handle = handle();
    if (handle.isEmpty()) {
      return true;
    }
    signal(signal);
    if (awaitExit(handle.get(), grace)) {
      return true;
    }
    handle.get().destroyForcibly();
    awaitExit(handle.get(), Duration.ofSeconds(10));
    return false;
  }

  private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return !handle.isAlive();
    } catch (java.util.concurrent.ExecutionException e) {
      return !handle.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    }
  }

  /** "pid startEpochMillis", the form pid files keep. */
  public String serialize() {
    return pid + " " + startedAt.toEpochMilli();
  }

  public static OsProcess parse(String text) {
    String[] parts = text.trim().split("\\s+");
    return new OsProcess(
        Long.parseLong(parts[0]),
        parts.length > 1 ? Instant.ofEpochMilli(Long.parseLong(parts[1])) : Instant.EPOCH);
  }
}
