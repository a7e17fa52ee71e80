package dk.renos.testsupport.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The RenOS checkout a test runs in: the nearest folder upwards holding {@code mvnw} and docs/. */
final class RepositoryRoot {

  private RepositoryRoot() {}

  static Path find() {
    Path start = Path.of("").toAbsolutePath();
    for (Path folder = start; folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve("mvnw"))
          && Files.isDirectory(folder.resolve("docs"))) {
        return folder;
      }
    }
    throw new IllegalStateException("No RenOS checkout (mvnw and docs/) above " + start);
  }
}
