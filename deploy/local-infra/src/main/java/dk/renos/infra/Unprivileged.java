package dk.renos.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL refuses to run as root, and CI machines and containers often are root. Then the server
 * runs as the unprivileged {@code nobody} user (uid/gid 65534) through {@code setpriv}, and owns
 * only its data folder; the one capability it keeps lets it pass closed folders above it.
 */
final class Unprivileged {

  static final int NOBODY = 65534;

  private Unprivileged() {}

  static boolean isRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** The command as it must run: unchanged, or dropped to nobody when we are root. */
  static List<String> command(List<String> command) {
    if (!isRoot()) {
      return command;
    }
    // dac_read_search lets it pass folders closed to others (a clone under /root or a mktemp
    // folder) on the way to its own data folder; it grants reading, never writing elsewhere.
    List<String> dropped =
        new ArrayList<>(
            List.of(
                "/usr/bin/setpriv",
                "--reuid=" + NOBODY,
                "--regid=" + NOBODY,
                "--clear-groups",
                "--inh-caps=+dac_read_search",
                "--ambient-caps=+dac_read_search"));
    dropped.addAll(command);
    return dropped;
  }

  /** Gives a folder (created if needed) to the user the server runs as, readable by it alone. */
  static void ownFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    if (isRoot()) {
      Files.setAttribute(folder, "unix:uid", NOBODY);
      Files.setAttribute(folder, "unix:gid", NOBODY);
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
  }

  /** Makes a file readable by the server's user. */
  static void ownFile(Path file) throws IOException {
    if (isRoot()) {
      Files.setAttribute(file, "unix:uid", NOBODY);
      Files.setAttribute(file, "unix:gid", NOBODY);
    }
  }

  /**
   * Binaries must be reachable by that user: root's home is usually closed (mode 700), so root
   * keeps its cache in /var/tmp instead.
   */
  static Path defaultCacheRoot() {
    return isRoot()
        ? Path.of("/var/tmp", "renos-cache")
        : Path.of(System.getProperty("user.home"), ".cache", "renos");
  }
}
