package dk.renos.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker + controller, one node) run as its own
 * JVM from the jars Maven Central ships. Every message is flushed to disk before it is acknowledged
 * ({@code log.flush.interval.messages=1}): on a single node there is no replica to lean on.
 */
public final class KafkaServer {

  public static final String NAME = "kafka";
  private static final String STARTED = "Kafka Server started";

  private KafkaServer() {}

  public static ServerProcess start(Path dataDir, int port, int controllerPort, Path logFile) {
    Path logDirs = dataDir.resolve("log");
    Path config = dataDir.resolve("server.properties");
    try {
      Files.createDirectories(logDirs);
      Files.writeString(config, serverProperties(logDirs, port, controllerPort));
    } catch (IOException e) {
      throw new InfraException(NAME + ": cannot prepare " + dataDir + ": " + e.getMessage(), e);
    }
    if (!Files.exists(logDirs.resolve("meta.properties"))) {
      format(config, logFile);
    }
    long logOffset = sizeOf(logFile);
    List<String> command = new ArrayList<>(java());
    command.addAll(List.of("kafka.Kafka", config.toString()));
    OsProcess process = OsProcess.start(command, dataDir, Map.of(), logFile);
    Readiness.await(
        NAME,
        process,
        logFile,
        Duration.ofSeconds(90),
        () -> Ports.isListening(port) && logContains(logFile, logOffset, STARTED));
    return new ServerProcess(NAME, port, process, logFile, "TERM");
  }

  private static String serverProperties(Path logDirs, int port, int controllerPort) {
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + logDirs,
        "num.partitions=3",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=10",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "transaction.state.log.num.partitions=5",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "log.flush.interval.messages=1",
        // The cleaner's default 128 MiB buffer does not fit the small heap we give the broker.
        "log.cleaner.dedupe.buffer.size=8388608",
        "");
  }

  private static void format(Path config, Path logFile) {
    List<String> command = new ArrayList<>(java());
    command.addAll(
        List.of(
            "kafka.tools.StorageTool",
            "format",
            "--cluster-id=" + clusterId(),
            "-c",
            config.toString()));
    try {
      Process format =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .start();
      if (format.waitFor() != 0) {
        throw new InfraException(
            NAME + ": formatting the KRaft log directory failed; see " + logFile);
      }
    } catch (IOException e) {
      throw new InfraException(NAME + ": cannot run the storage formatter: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfraException(NAME + ": interrupted while formatting", e);
    }
  }

  /** A KRaft cluster id: 16 random bytes, URL-safe base64 without padding (may start with '-'). */
  private static String clusterId() {
    UUID uuid = UUID.randomUUID();
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
    bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  private static List<String> java() {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String heap = System.getenv().getOrDefault("RENOS_KAFKA_HEAP", "-Xmx256m");
    return List.of(
        javaBin,
        heap,
        "-Xms64m",
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-Djava.awt.headless=true",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
        "-Dorg.slf4j.simpleLogger.showDateTime=true",
        "-Dlog4j2.level=warn",
        "-cp",
        brokerClasspath());
  }

  /** The broker's jars, as resolved by the kafka-broker module at build time. */
  static String brokerClasspath() {
    try (InputStream in =
        KafkaServer.class.getClassLoader().getResourceAsStream("renos/kafka-broker.classpath")) {
      if (in == null) {
        throw new InfraException(
            NAME + ": renos/kafka-broker.classpath is missing; build deploy/kafka-broker first");
      }
      String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      for (String jar : classpath.split(java.io.File.pathSeparator)) {
        if (!Files.exists(Path.of(jar))) {
          throw new InfraException(
              NAME + ": broker jar " + jar + " is missing; rebuild with ./renos build");
        }
      }
      return classpath;
    } catch (IOException e) {
      throw new InfraException(NAME + ": cannot read the broker classpath: " + e.getMessage(), e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static boolean logContains(Path logFile, long fromOffset, String text) {
    try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
      long length = file.length();
      if (length <= fromOffset) {
        return false;
      }
      byte[] tail = new byte[(int) Math.min(length - fromOffset, 4 * 1024 * 1024)];
      file.seek(length - tail.length);
      file.readFully(tail);
      return new String(tail, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }
}
