package dk.renos.system;

import dk.renos.infra.Ports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./renos} as a user would, on its own data folder and free ports. */
final class RenosCommand {

  record Result(int exitCode, String output) {}

  static final List<String> SERVICE_PORT_VARIABLES =
      List.of(
          "RENOS_GATEWAY_PORT",
          "RENOS_EMAIL_INGEST_PORT",
          "RENOS_LEAD_PORT",
          "RENOS_QUOTE_PORT",
          "RENOS_BOOKING_PORT",
          "RENOS_CHAT_PORT",
          "RENOS_MONITORING_PORT");
  static final List<String> INFRA_PORT_VARIABLES =
      List.of(
          "RENOS_POSTGRES_PORT",
          "RENOS_KAFKA_PORT",
          "RENOS_KAFKA_CONTROLLER_PORT",
          "RENOS_REDIS_PORT");

  private final Path home;
  private final Map<String, String> env = new LinkedHashMap<>();

  RenosCommand(Path dataDir, String adminPassword) {
    this.home = repositoryRoot();
    env.put("RENOS_DATA_DIR", dataDir.toString());
    env.put("RENOS_ADMIN_PASSWORD", adminPassword);
    for (String variable : SERVICE_PORT_VARIABLES) {
      env.put(variable, Integer.toString(Ports.free()));
    }
    for (String variable : INFRA_PORT_VARIABLES) {
      env.put(variable, Integer.toString(Ports.free()));
    }
  }

  /** Sets a variable for every later run (e.g. the Gmail settings). */
  void setEnv(String variable, String value) {
    env.put(variable, value);
  }

  int port(String variable) {
    return Integer.parseInt(env.get(variable));
  }

  Result run(Duration timeout, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(home.resolve("renos").toString()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("renos-cmd", ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "./renos "
              + String.join(" ", args)
              + " did not finish within "
              + timeout
              + ":\n"
              + Files.readString(output, StandardCharsets.UTF_8));
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Files.deleteIfExists(output);
    return new Result(process.exitValue(), text);
  }

  /** Starts {@code ./renos args} without waiting, output to {@code output}; for foreground runs. */
  Process start(Path output, String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(home.resolve("renos").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isExecutable(dir.resolve("renos"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the repository root (the folder holding ./renos)");
    }
    return dir;
  }
}
