package dk.renos.infra;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks server binaries shipped inside Maven Central jars into a per-user cache ({@code
 * RENOS_CACHE_DIR}, default {@code ~/.cache/renos}, or {@code /var/tmp/renos-cache} for root), once
 * per version. Extraction goes to a temporary folder that is renamed into place, so a killed
 * extraction never leaves a half-written tree behind for the next run.
 */
public final class BinaryCache {

  private BinaryCache() {}

  public static Path root() {
    String configured = System.getenv("RENOS_CACHE_DIR");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Unprivileged.defaultCacheRoot();
  }

  /** The PostgreSQL distribution (bin/, lib/, share/) unpacked from zonky's binaries jar. */
  public static Path postgres() {
    return unpacked(
        "postgres-" + versionOf("postgres-linux-x86_64.txz"),
        target -> {
          try (InputStream raw = resource("postgres-linux-x86_64.txz");
              TarArchiveInputStream tar =
                  new TarArchiveInputStream(
                      new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            untar(tar, target);
          }
        });
  }

  /** The Redis server executable shipped inside embedded-redis. */
  public static Path redisServer() {
    String binary = "redis-server-6.2.6-v5-linux-amd64";
    Path dir =
        unpacked(
            "redis-6.2.6",
            target -> {
              Path file = target.resolve("redis-server");
              try (InputStream in = resource(binary)) {
                Files.copy(in, file);
              }
              Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            });
    return dir.resolve("redis-server");
  }

  private interface Unpacker {
    void unpackInto(Path target) throws IOException;
  }

  private static Path unpacked(String name, Unpacker unpacker) {
    Path target = root().resolve(name);
    if (Files.isDirectory(target)) {
      return target;
    }
    Path temp = null;
    try {
      Files.createDirectories(root());
      temp = Files.createTempDirectory(root(), name + ".partial-");
      unpacker.unpackInto(temp);
      // createTempDirectory makes it private (700); the server may run as another user.
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
        deleteTree(temp); // another process won the race; its copy is complete
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
      return target;
    } catch (IOException e) {
      if (temp != null) {
        deleteTree(temp);
      }
      throw new InfraException(
          "could not unpack " + name + " into " + root() + ": " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = BinaryCache.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "resource " + name + " not on the classpath (is the binaries jar missing?)");
    }
    return in;
  }

  /**
   * The version in the binaries jar's file name, so a new PostgreSQL release unpacks beside the
   * old.
   */
  private static String versionOf(String resource) {
    java.net.URL url = BinaryCache.class.getClassLoader().getResource(resource);
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("-(\\d+(?:\\.\\d+)+)\\.jar!")
            .matcher(url == null ? "" : url.toString());
    return version.find() ? version.group(1) : "17";
  }

  private static void untar(TarArchiveInputStream tar, Path target) throws IOException {
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      Path out = target.resolve(entry.getName()).normalize();
      if (!out.startsWith(target)) {
        throw new IOException("archive entry escapes target: " + entry.getName());
      }
      if (entry.isDirectory()) {
        Files.createDirectories(out);
      } else if (entry.isSymbolicLink()) {
        Files.createDirectories(out.getParent());
        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
      } else {
        Files.createDirectories(out.getParent());
        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
        if ((entry.getMode() & 0100) != 0) {
          Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a leftover temp folder is harmless
    }
  }
}
