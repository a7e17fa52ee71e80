package dk.renos.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parent POM's build rules, run on a throw-away module beside the checkout: the enforcer fails
 * a module that depends on a service's code, and the format check fails a misformatted file.
 *
 * <p>The module finds the checkout's root POM through a {@code relativePath} relative to itself (as
 * Maven resolves it), so nothing has to be installed in the local repository: a fresh machine whose
 * {@code ~/.m2} has never held a {@code dk.renos} artifact passes too.
 */
class BuildRulesIT {

  private static final String PROJECT =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>dk.renos</groupId>
          <artifactId>renos-parent</artifactId>
          <version>0.1.0-SNAPSHOT</version>
          <relativePath>%s</relativePath>
        </parent>
        <artifactId>rogue-service</artifactId>
        <dependencies>%s</dependencies>
      </project>
      """;
  private static final String DEPENDENCY =
      """
      <dependency>
        <groupId>dk.renos</groupId>
        <artifactId>%s</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <scope>system</scope>
        <systemPath>${project.basedir}/empty.jar</systemPath>
      </dependency>
      """;

  @TempDir Path project;

  @Test
  void aModuleDependingOnAnotherServiceFailsTheBuild() throws Exception {
    Result result = validate(DEPENDENCY.formatted("lead-service"));
    assertThat(result.exitCode()).as(result.output()).isNotZero();
    assertThat(result.output())
        .contains("A RenOS module may not depend on a service module")
        .contains("dk.renos:lead-service:jar:0.1.0-SNAPSHOT <--- banned");
  }

  @Test
  void aModuleDependingOnSharedEventsPasses() throws Exception {
    Result result = validate(DEPENDENCY.formatted("shared-events"));
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void aMisformattedJavaFileFailsTheBuildAndAWellFormattedOnePasses() throws Exception {
    Path source = project.resolve("src/main/java/dk/renos/rogue/Rogue.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source, "package dk.renos.rogue;\n\nclass Rogue {\n    int fourSpaces = 1;\n}\n");
    Result misformatted = validate("");
    assertThat(misformatted.exitCode()).as(misformatted.output()).isNotZero();
    assertThat(misformatted.output()).contains("spotless").contains("Rogue.java");

    Files.writeString(
        source, "package dk.renos.rogue;\n\nclass Rogue {\n  int twoSpaces = 1;\n}\n");
    Result formatted = validate("");
    assertThat(formatted.exitCode()).as(formatted.output()).isZero();
  }

  private record Result(int exitCode, String output) {}

  private Result validate(String dependencies) throws Exception {
    Path root = RenosCommand.repositoryRoot();
    if (!Files.exists(project.resolve("empty.jar"))) {
      Files.createFile(project.resolve("empty.jar"));
    }
    // Maven resolves relativePath against the module's folder; an absolute path would miss the
    // checkout and silently fall back to whatever renos-parent the local repository holds.
    Path parentPom = project.relativize(root.resolve("pom.xml"));
    Files.writeString(project.resolve("pom.xml"), PROJECT.formatted(parentPom, dependencies));
    Path output = project.resolve("mvn.out");
    Process maven =
        new ProcessBuilder(root.resolve("mvnw").toString(), "-o", "-B", "-ntp", "-q", "validate")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertThat(maven.waitFor(3, TimeUnit.MINUTES)).as("maven finished").isTrue();
    return new Result(maven.exitValue(), Files.readString(output));
  }
}
