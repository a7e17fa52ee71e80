package dk.renos.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.infra.Ports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenosCliTests {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return RenosCli.run(
        List.of(args),
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("RENOS_HOME", home.toString());
    for (ServiceSpec spec : ServiceSpec.ALL) {
      env.put(spec.portEnv(), Integer.toString(Ports.free()));
    }
    env.put("RENOS_POSTGRES_PORT", Integer.toString(Ports.free()));
    env.put("RENOS_KAFKA_PORT", Integer.toString(Ports.free()));
    env.put("RENOS_KAFKA_CONTROLLER_PORT", Integer.toString(Ports.free()));
    env.put("RENOS_REDIS_PORT", Integer.toString(Ports.free()));
    return env;
  }

  private void fakeJars() throws Exception {
    for (ServiceSpec spec : ServiceSpec.ALL) {
      Path jar = home.resolve(spec.name()).resolve("target").resolve(spec.name() + ".jar");
      Files.createDirectories(jar.getParent());
      Files.writeString(jar, "not started in this test");
    }
  }

  @Test
  void statusOfAStoppedSystemListsTenComponentsAndExitsOne() {
    assertThat(run(env(), "status")).isEqualTo(1);
    List<String> rows = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    assertThat(rows).hasSize(10).allMatch(row -> row.endsWith("stopped"));
  }

  @Test
  void aPortInUseIsOneLineNamingTheComponentAndTheVariable() throws Exception {
    fakeJars();
    Map<String, String> env = env();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      env.put("RENOS_REDIS_PORT", Integer.toString(taken.getLocalPort()));
      assertThat(run(env, "up", "-d")).isEqualTo(1);
    }
    String error = err.toString(StandardCharsets.UTF_8);
    assertThat(error.lines()).hasSize(1);
    assertThat(error)
        .contains("redis: port")
        .contains("already in use")
        .contains("RENOS_REDIS_PORT");
  }

  @Test
  void aMissingServiceJarSaysHowToBuild() {
    assertThat(run(env(), "up", "-d")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("renos: email-ingest-service: ")
        .contains("is missing; build with ./renos build");
  }

  @Test
  void unknownCommandsAndOptionsAreRefusedWithUsage() {
    assertThat(run(env(), "launch")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown command 'launch'")
        .contains("usage:");
    assertThat(run(env(), "up", "--turbo")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option for up: --turbo");
  }

  @Test
  void logsOfAnUnknownComponentAreRefused() {
    assertThat(run(env(), "logs", "mysql")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no component named 'mysql'");
  }
}
