package dk.renos.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./renos} finds a JDK >= 21 by itself, and says what to install when there is none. */
class RenosScriptIT {

  @TempDir Path dir;

  @Test
  void withOnlyAJdk17ItSaysInOneLineWhatToInstall() throws Exception {
    Path jdk17 = fakeJdk("17.0.9");
    Result result =
        renos(
            Map.of("JAVA_HOME", jdk17.toString(), "RENOS_JDK_CANDIDATES", jdk17.toString()),
            "status");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output().lines()).hasSize(1);
    assertThat(result.output())
        .startsWith("renos: RenOS needs a JDK 21 or newer and found none")
        .contains("Install one")
        .contains("JAVA_HOME");
  }

  @Test
  void anOldJavaHomeIsPassedOverForTheNewestJdk21OrLater() throws Exception {
    Path jdk17 = fakeJdk("17.0.9");
    Path realJdk = Path.of(System.getProperty("java.home"));
    Result result =
        renos(
            Map.of("JAVA_HOME", jdk17.toString(), "RENOS_JDK_CANDIDATES", jdk17 + " " + realJdk),
            "help");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).startsWith("usage: ./renos <command>");
  }

  private Path fakeJdk(String version) throws Exception {
    Path home = dir.resolve("jdk-" + version);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    for (String tool : new String[] {"java", "javac"}) {
      Path script = home.resolve("bin").resolve(tool);
      Files.writeString(
          script, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\nexit 1\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return home;
  }

  private record Result(int exitCode, String output) {}

  private Result renos(Map<String, String> env, String... args) throws Exception {
    Path root = RenosCommand.repositoryRoot();
    java.util.List<String> command =
        new java.util.ArrayList<>(java.util.List.of(root.resolve("renos").toString()));
    command.addAll(java.util.List.of(args));
    Path output = dir.resolve("out.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), Files.readString(output));
  }
}
