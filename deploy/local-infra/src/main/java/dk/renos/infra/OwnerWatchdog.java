package dk.renos.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Servers started for a test JVM must not outlive it, even when it is killed with SIGKILL and no
 * shutdown hook runs. A tiny detached shell polls the owner's pid and, once the owner is gone, asks
 * the servers to stop, kills what remains and deletes their data folder.
 */
public final class OwnerWatchdog {

  private OwnerWatchdog() {}

  public static void stopWhenOwnerDies(
      long ownerPid, List<ServerProcess> servers, Path dataDirToDelete) {
    String polite =
        servers.stream()
            .map(s -> "kill -" + s.stopSignal() + " " + s.pid() + " 2>/dev/null")
            .collect(Collectors.joining("; "));
    String force =
        servers.stream()
            .map(s -> "kill -KILL " + s.pid() + " 2>/dev/null")
            .collect(Collectors.joining("; "));
    String script =
        "while kill -0 "
            + ownerPid
            + " 2>/dev/null; do sleep 1; done; "
            + polite
            + "; sleep 8; "
            + force
            + "; rm -rf '"
            + dataDirToDelete
            + "'";
    try {
      new ProcessBuilder("/usr/bin/setsid", "/bin/sh", "-c", script)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new InfraException("could not start the owner watchdog: " + e.getMessage(), e);
    }
  }
}
