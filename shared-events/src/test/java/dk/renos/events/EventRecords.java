package dk.renos.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** Finds what is really in shared-events, independent of {@link EventType}'s own list. */
final class EventRecords {

  private EventRecords() {}

  /** Every record class in a sub-package of {@code dk.renos.events} (one per producing context). */
  static List<Class<?>> scan() {
    Path root = classpathDirectoryOf(EventType.class, "dk/renos/events");
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Path relative = root.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // dk.renos.events itself: catalogue and header names, not events
        }
        String name =
            "dk.renos.events."
                + relative
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), ".")
                    .replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, EventType.class.getClassLoader());
        if (type.isRecord()) {
          records.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return Collections.unmodifiableList(records);
  }

  /**
   * Relative paths ({@code events/lead/LeadCreated.v1.json}) of every golden sample on the
   * classpath.
   */
  static List<String> samplePaths() {
    Path root = classpathDirectoryOf(EventType.class, "events");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(
              f ->
                  "events/"
                      + root.relativize(f)
                          .toString()
                          .replace(f.getFileSystem().getSeparator(), "/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory in main's output (not test-classes, which has the same packages). */
  private static Path classpathDirectoryOf(Class<?> anchor, String resource) {
    URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
    try {
      Path classes = Paths.get(location.toURI());
      if (!Files.isDirectory(classes)) {
        throw new IllegalStateException(
            "Expected shared-events as a classes directory, found " + location);
      }
      return classes.resolve(resource);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
