package dk.renos.infra;

import java.nio.file.Path;

/**
 * Where the three servers keep their data and which ports they listen on.
 *
 * @param dataDir root folder; PostgreSQL, Kafka and Redis each get a sub-folder, logs go to {@code
 *     logs/}
 */
public record InfraSettings(
    Path dataDir,
    int postgresPort,
    int kafkaPort,
    int kafkaControllerPort,
    int redisPort,
    String dbUser,
    String dbPassword) {

  /** Every port picked free by the OS: for tests that must not collide with anything. */
  public static InfraSettings onFreePorts(Path dataDir) {
    return new InfraSettings(
        dataDir, Ports.free(), Ports.free(), Ports.free(), Ports.free(), "renos", "renos");
  }

  public Path postgresData() {
    return dataDir.resolve("postgres");
  }

  public Path kafkaData() {
    return dataDir.resolve("kafka");
  }

  public Path redisData() {
    return dataDir.resolve("redis");
  }

  public Path logFile(String component) {
    return dataDir.resolve("logs").resolve(component + ".log");
  }

  public String jdbcUrl() {
    return PostgresServer.jdbcUrl(postgresPort);
  }

  public String kafkaBootstrapServers() {
    return "127.0.0.1:" + kafkaPort;
  }
}
