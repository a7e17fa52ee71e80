package dk.renos.stack;

import dk.renos.infra.InfraException;
import dk.renos.infra.InfraSettings;
import dk.renos.infra.KafkaServer;
import dk.renos.infra.OsProcess;
import dk.renos.infra.Ports;
import dk.renos.infra.PostgresServer;
import dk.renos.infra.RedisServer;
import dk.renos.infra.ServerProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Starts, inspects and stops the whole local system: infrastructure first up, last down. */
public final class Stack {

  static final List<String> INFRA =
      List.of(PostgresServer.NAME, KafkaServer.NAME, RedisServer.NAME);

  private final StackConfig config;
  private final Map<String, String> env;
  private final PrintStream out;
  private final RunState runState;
  private final HealthProbe probe;

  public Stack(StackConfig config, Map<String, String> env, PrintStream out) {
    this.config = config;
    this.env = env;
    this.out = out;
    this.runState = new RunState(config.runDir());
    this.probe = new HealthProbe(config);
  }

  public List<String> components() {
    List<String> all = new ArrayList<>(INFRA);
    ServiceSpec.ALL.forEach(s -> all.add(s.name()));
    return all;
  }

  public boolean anyRunning() {
    return components().stream()
        .anyMatch(c -> runState.read(c).map(e -> e.process().isAlive()).orElse(false));
  }

  /**
   * Brings everything up and waits until each component is healthy; on any failure stops what it
   * started.
   */
  public void up(boolean fresh) {
    if (anyRunning()) {
      throw new InfraException(
          "RenOS is already running from "
              + config.dataDir()
              + " (see ./renos status); stop it first with ./renos down");
    }
    checkJars();
    checkPortsFree();
    if (fresh) {
      wipeData();
    }
    try {
      startInfrastructure();
      startServices();
      DemoMail.deliverOnFirstStart(config, env, out);
    } catch (RuntimeException e) {
      out.println("Start failed; stopping what was started.");
      down();
      throw e;
    }
  }

  private void checkJars() {
    for (ServiceSpec spec : ServiceSpec.ALL) {
      if (!Files.isRegularFile(config.jar(spec))) {
        throw new InfraException(
            spec.name() + ": " + config.jar(spec) + " is missing; build with ./renos build");
      }
    }
  }

  private void checkPortsFree() {
    InfraSettings infra = config.infra();
    Ports.requireFree(PostgresServer.NAME, infra.postgresPort(), "RENOS_POSTGRES_PORT");
    Ports.requireFree(KafkaServer.NAME, infra.kafkaPort(), "RENOS_KAFKA_PORT");
    Ports.requireFree(
        KafkaServer.NAME + " controller",
        infra.kafkaControllerPort(),
        "RENOS_KAFKA_CONTROLLER_PORT");
    Ports.requireFree(RedisServer.NAME, infra.redisPort(), "RENOS_REDIS_PORT");
    for (ServiceSpec spec : ServiceSpec.ALL) {
      Ports.requireFree(spec.name(), config.port(spec), spec.portEnv());
    }
  }

  /** Empties every data folder except secrets, so the passwords and keys survive a fresh start. */
  void wipeData() {
    for (Path folder :
        List.of(
            config.infra().postgresData(),
            config.infra().kafkaData(),
            config.infra().redisData(),
            config.mailboxDir(),
            config.dataDir().resolve("logs"))) {
      deleteTree(folder);
    }
    out.println("Fresh start: data under " + config.dataDir() + " cleared.");
  }

  private void startInfrastructure() {
    InfraSettings s = config.infra();
    out.println("Starting PostgreSQL, Kafka and Redis ...");
    CompletableFuture<ServerProcess> postgres =
        CompletableFuture.supplyAsync(
            () ->
                remember(
                    PostgresServer.start(
                        s.postgresData(),
                        s.postgresPort(),
                        s.dbUser(),
                        s.dbPassword(),
                        s.logFile(PostgresServer.NAME))));
    CompletableFuture<ServerProcess> kafka =
        CompletableFuture.supplyAsync(
            () ->
                remember(
                    KafkaServer.start(
                        s.kafkaData(),
                        s.kafkaPort(),
                        s.kafkaControllerPort(),
                        s.logFile(KafkaServer.NAME))));
    CompletableFuture<ServerProcess> redis =
        CompletableFuture.supplyAsync(
            () ->
                remember(
                    RedisServer.start(s.redisData(), s.redisPort(), s.logFile(RedisServer.NAME))));
    awaitAll(List.of(postgres, kafka, redis));
  }

  private ServerProcess remember(ServerProcess server) {
    runState.record(server.name(), server.process(), server.port());
    return server;
  }

  private void startServices() {
    String adminPassword = LocalSecret.ADMIN_PASSWORD.resolve(config, env);
    out.println("Starting " + ServiceSpec.ALL.size() + " services ...");
    List<CompletableFuture<Void>> started = new ArrayList<>();
    for (ServiceSpec spec : ServiceSpec.ALL) {
      OsProcess process = launch(spec, adminPassword);
      started.add(CompletableFuture.runAsync(() -> awaitHealthy(spec, process)));
    }
    awaitAll(started);
  }

  private OsProcess launch(ServiceSpec spec, String adminPassword) {
    OsProcess process =
        OsProcess.start(
            serviceCommand(spec),
            config.home(),
            serviceEnvironment(spec, adminPassword),
            config.logFile(spec.name()));
    runState.record(spec.name(), process, config.port(spec));
    return process;
  }

  /** Kills one service with SIGKILL (no shutdown hook, no graceful drain), as a crash would. */
  public void kill(ServiceSpec spec) {
    runState
        .read(spec.name())
        .ifPresent(entry -> entry.process().stop("KILL", Duration.ofSeconds(10)));
  }

  /** Starts one service again and waits until it is healthy. */
  public void restart(ServiceSpec spec) {
    OsProcess process = launch(spec, LocalSecret.ADMIN_PASSWORD.resolve(config, env));
    awaitHealthy(spec, process);
  }

  private List<String> serviceCommand(ServiceSpec spec) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Arrays.stream(config.serviceJavaOptions().trim().split("\\s+"))
        .filter(o -> !o.isBlank())
        .forEach(command::add);
    command.add("-jar");
    command.add(config.jar(spec).toString());
    return command;
  }

  private Map<String, String> serviceEnvironment(ServiceSpec spec, String adminPassword) {
    InfraSettings s = config.infra();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SERVER_PORT", Integer.toString(config.port(spec)));
    // Only the gateway is reachable from elsewhere (RENOS_BIND_ADDRESS); the services listen on
    // loopback, and refuse any request without the gateway's token anyway.
    environment.put(
        "SERVER_ADDRESS",
        spec.name().equals("gateway-service") ? config.bindAddress() : "127.0.0.1");
    environment.put("RENOS_DB_URL", s.jdbcUrl());
    environment.put("RENOS_DB_USER", s.dbUser());
    environment.put("RENOS_DB_PASSWORD", s.dbPassword());
    environment.put("RENOS_KAFKA_BOOTSTRAP_SERVERS", s.kafkaBootstrapServers());
    environment.put("RENOS_REDIS_HOST", "127.0.0.1");
    environment.put("RENOS_REDIS_PORT", Integer.toString(s.redisPort()));
    environment.put("RENOS_DATA_DIR", config.dataDir().toString());
    environment.put("RENOS_MAILBOX_DIR", config.mailboxDir().toString());
    for (ServiceSpec other : ServiceSpec.ALL) {
      environment.put(other.urlEnv(), config.url(other));
    }
    environment.put(
        "RENOS_GATEWAY_JWKS_URL",
        config.url(ServiceSpec.named("gateway-service")) + "/.well-known/jwks.json");
    environment.put("RENOS_SERVICE_SECRET", LocalSecret.SERVICE_SECRET.resolve(config, env));
    if (spec.name().equals("gateway-service")) {
      environment.put("RENOS_ADMIN_PASSWORD", adminPassword);
      environment.put(
          "RENOS_GATEWAY_SIGNING_KEY", LocalSecret.GATEWAY_SIGNING_KEY.resolve(config, env));
      environment.put("RENOS_BOOTSTRAP_API_TOKEN", LocalSecret.API_TOKEN.resolve(config, env));
    }
    if (spec.name().equals("email-ingest-service")) {
      // Gmail credentials are stored encrypted; with no Google settings nothing uses this key.
      environment.put("RENOS_GMAIL_TOKEN_KEY", LocalSecret.GMAIL_TOKEN_KEY.resolve(config, env));
    }
    return environment;
  }

  private void awaitHealthy(ServiceSpec spec, OsProcess process) {
    Path log = config.logFile(spec.name());
    long deadline = System.nanoTime() + config.startTimeout().toNanos();
    while (System.nanoTime() < deadline) {
      if (probe.problem(spec.name(), config.port(spec)) == null) {
        out.println("  " + spec.name() + " is healthy");
        return;
      }
      if (!process.isAlive()) {
        throw new InfraException(
            spec.name() + " exited during startup" + LogHints.cause(log) + "; see " + log);
      }
      sleep(250);
    }
    throw new InfraException(
        spec.name()
            + " was not healthy within "
            + config.startTimeout().toSeconds()
            + " s"
            + LogHints.cause(log)
            + "; see "
            + log);
  }

  /**
   * Services first (gateway before the rest, so no request reaches a stopped backend),
   * infrastructure last.
   */
  public void down() {
    List<CompletableFuture<Void>> stopping = new ArrayList<>();
    stop("gateway-service", "TERM", Duration.ofSeconds(30));
    for (ServiceSpec spec : ServiceSpec.ALL) {
      stopping.add(
          CompletableFuture.runAsync(() -> stop(spec.name(), "TERM", Duration.ofSeconds(30))));
    }
    stopping.forEach(CompletableFuture::join);
    stop(KafkaServer.NAME, "TERM", Duration.ofSeconds(30));
    stop(RedisServer.NAME, "TERM", Duration.ofSeconds(10));
    stop(PostgresServer.NAME, "INT", Duration.ofSeconds(30));
  }

  private void stop(String component, String signal, Duration grace) {
    runState
        .read(component)
        .ifPresent(
            entry -> {
              if (entry.process().isAlive()) {
                boolean clean = entry.process().stop(signal, grace);
                out.println(
                    "  stopped "
                        + component
                        + (clean ? "" : " (forced after " + grace.toSeconds() + " s)"));
              }
              runState.forget(component);
            });
  }

  public List<ComponentStatus> status() {
    List<CompletableFuture<ComponentStatus>> rows =
        components().stream().map(c -> CompletableFuture.supplyAsync(() -> statusOf(c))).toList();
    return rows.stream().map(CompletableFuture::join).toList();
  }

  private ComponentStatus statusOf(String component) {
    int configuredPort = configuredPort(component);
    return runState
        .read(component)
        .filter(e -> e.process().isAlive())
        .map(
            entry -> {
              String problem = probe.problem(component, entry.port());
              return new ComponentStatus(
                  component,
                  entry.process().pid(),
                  entry.port(),
                  url(component, entry.port()),
                  problem == null ? ComponentStatus.State.HEALTHY : ComponentStatus.State.UNHEALTHY,
                  problem == null ? "" : problem);
            })
        .orElseGet(
            () ->
                new ComponentStatus(
                    component,
                    0,
                    configuredPort,
                    url(component, configuredPort),
                    ComponentStatus.State.STOPPED,
                    ""));
  }

  private int configuredPort(String component) {
    return switch (component) {
      case PostgresServer.NAME -> config.infra().postgresPort();
      case KafkaServer.NAME -> config.infra().kafkaPort();
      case RedisServer.NAME -> config.infra().redisPort();
      default -> config.port(ServiceSpec.named(component));
    };
  }

  static String url(String component, int port) {
    return switch (component) {
      case PostgresServer.NAME -> "postgresql://127.0.0.1:" + port + "/" + PostgresServer.DATABASE;
      case KafkaServer.NAME -> "kafka://127.0.0.1:" + port;
      case RedisServer.NAME -> "redis://127.0.0.1:" + port;
      default -> "http://127.0.0.1:" + port;
    };
  }

  private static <T> void awaitAll(List<CompletableFuture<T>> futures) {
    try {
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException runtime
          ? runtime
          : new InfraException(cause.getMessage(), cause);
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new InfraException("cannot clear " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfraException("interrupted", e);
    }
  }
}
