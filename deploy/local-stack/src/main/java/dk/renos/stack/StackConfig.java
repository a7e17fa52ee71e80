package dk.renos.stack;

import dk.renos.infra.InfraSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the launcher reads from the environment, with the defaults a fresh clone runs on.
 * Ports and folders are documented in the README; nothing here is secret except the admin password,
 * which lives in the data folder (mode 600), never in the repository.
 */
public record StackConfig(
    Path home,
    Path dataDir,
    InfraSettings infra,
    Map<String, Integer> servicePorts,
    String bindAddress,
    String serviceJavaOptions,
    Duration startTimeout) {

  public static StackConfig fromEnvironment(Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("RENOS_HOME", ".")).toAbsolutePath().normalize();
    Path dataDir =
        home.resolve(env.getOrDefault("RENOS_DATA_DIR", ".renos")).toAbsolutePath().normalize();
    InfraSettings infra =
        new InfraSettings(
            dataDir,
            port(env, "RENOS_POSTGRES_PORT", 15432),
            port(env, "RENOS_KAFKA_PORT", 19092),
            port(env, "RENOS_KAFKA_CONTROLLER_PORT", 19093),
            port(env, "RENOS_REDIS_PORT", 16379),
            env.getOrDefault("RENOS_DB_USER", "renos"),
            env.getOrDefault("RENOS_DB_PASSWORD", "renos"));
    Map<String, Integer> servicePorts = new LinkedHashMap<>();
    for (ServiceSpec spec : ServiceSpec.ALL) {
      servicePorts.put(spec.name(), port(env, spec.portEnv(), spec.defaultPort()));
    }
    return new StackConfig(
        home,
        dataDir,
        infra,
        servicePorts,
        env.getOrDefault("RENOS_BIND_ADDRESS", "127.0.0.1"),
        env.getOrDefault(
            "RENOS_SERVICE_JAVA_OPTS",
            "-Xms32m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
                + " --enable-native-access=ALL-UNNAMED"),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("RENOS_START_TIMEOUT_SECONDS", "300"))));
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "=" + value + " is not a TCP port (1-65535)");
    }
  }

  public int port(ServiceSpec spec) {
    return servicePorts.get(spec.name());
  }

  public String url(ServiceSpec spec) {
    return "http://127.0.0.1:" + port(spec);
  }

  public Path jar(ServiceSpec spec) {
    return home.resolve(spec.name()).resolve("target").resolve(spec.name() + ".jar");
  }

  public Path logFile(String component) {
    return infra.logFile(component);
  }

  public Path runDir() {
    return dataDir.resolve("run");
  }

  public Path secretsDir() {
    return dataDir.resolve("secrets");
  }

  public Path mailboxDir() {
    return dataDir.resolve("mailbox");
  }
}
