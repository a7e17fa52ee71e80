package dk.renos.infra;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Kafka, PostgreSQL and Redis started together (in parallel: the two cores are mostly waiting on
 * disk and JVM start-up) and stopped together.
 */
public final class Infrastructure implements AutoCloseable {

  private final InfraSettings settings;
  private final ServerProcess postgres;
  private ServerProcess kafka;
  private final ServerProcess redis;

  private Infrastructure(
      InfraSettings settings, ServerProcess postgres, ServerProcess kafka, ServerProcess redis) {
    this.settings = settings;
    this.postgres = postgres;
    this.kafka = kafka;
    this.redis = redis;
  }

  public static Infrastructure start(InfraSettings s) {
    CompletableFuture<ServerProcess> postgres =
        CompletableFuture.supplyAsync(
            () ->
                PostgresServer.start(
                    s.postgresData(),
                    s.postgresPort(),
                    s.dbUser(),
                    s.dbPassword(),
                    s.logFile(PostgresServer.NAME)));
    CompletableFuture<ServerProcess> kafka =
        CompletableFuture.supplyAsync(
            () ->
                KafkaServer.start(
                    s.kafkaData(),
                    s.kafkaPort(),
                    s.kafkaControllerPort(),
                    s.logFile(KafkaServer.NAME)));
    CompletableFuture<ServerProcess> redis =
        CompletableFuture.supplyAsync(
            () -> RedisServer.start(s.redisData(), s.redisPort(), s.logFile(RedisServer.NAME)));
    try {
      CompletableFuture.allOf(postgres, kafka, redis).join();
    } catch (CompletionException e) {
      // Stop whatever did come up, so a failed start leaves no process behind.
      List.of(postgres, kafka, redis)
          .forEach(f -> f.thenAccept(p -> p.stop(Duration.ofSeconds(20))));
      List.of(postgres, kafka, redis).forEach(f -> f.exceptionally(t -> null).join());
      throw e.getCause() instanceof InfraException infra
          ? infra
          : new InfraException(
              "infrastructure failed to start: " + e.getCause().getMessage(), e.getCause());
    }
    return new Infrastructure(s, postgres.join(), kafka.join(), redis.join());
  }

  public InfraSettings settings() {
    return settings;
  }

  public ServerProcess postgres() {
    return postgres;
  }

  public ServerProcess kafka() {
    return kafka;
  }

  public ServerProcess redis() {
    return redis;
  }

  /** Stops the broker (clean shutdown), for tests of what happens while it is away. */
  public synchronized void stopKafka() {
    kafka.stop(Duration.ofSeconds(30));
  }

  /** Starts the broker again on the same port and log, keeping every message it had. */
  public synchronized ServerProcess startKafka() {
    if (!kafka.isAlive()) {
      kafka =
          KafkaServer.start(
              settings.kafkaData(),
              settings.kafkaPort(),
              settings.kafkaControllerPort(),
              settings.logFile(KafkaServer.NAME));
    }
    return kafka;
  }

  public List<ServerProcess> servers() {
    return List.of(postgres, kafka, redis);
  }

  /** Kafka first (it may still flush), then Redis, then PostgreSQL. */
  @Override
  public void close() {
    kafka.stop(Duration.ofSeconds(30));
    redis.stop(Duration.ofSeconds(10));
    postgres.stop(Duration.ofSeconds(30));
  }
}
