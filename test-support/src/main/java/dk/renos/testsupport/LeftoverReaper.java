package dk.renos.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Clears what earlier test JVMs left behind when they were killed before their watchdog could act:
 * each folder under the root is named after its owner's pid; if that owner is gone, the servers
 * recorded in it are stopped and the folder is deleted.
 */
final class LeftoverReaper {

  static final String SERVERS_FILE = "servers.pids";

  private LeftoverReaper() {}

  static void reap(Path root) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(LeftoverReaper::ownerIsGone).forEach(LeftoverReaper::stopAndDelete);
    } catch (IOException e) {
      // Not fatal: new servers use fresh folders and free ports, so nothing is adopted.
    }
  }

  private static boolean ownerIsGone(Path dir) {
    try {
      long owner = Long.parseLong(dir.getFileName().toString());
      return ProcessHandle.of(owner).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void stopAndDelete(Path dir) {
    Path servers = dir.resolve(SERVERS_FILE);
    try {
      List<String> lines = Files.exists(servers) ? Files.readAllLines(servers) : List.of();
      for (String line : lines) {
        String[] parts = line.trim().split(" ", 2);
        if (parts.length == 2) {
          RealInfrastructure.parse(parts[1])
              .stop("postgres".equals(parts[0]) ? "INT" : "TERM", Duration.ofSeconds(10));
        }
      }
    } catch (IOException e) {
      // fall through to deleting what we can
    }
    deleteTree(dir);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
