package dk.renos.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.infra.RedisServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RealInfrastructureIT {

  private final RealInfrastructure infra = RealInfrastructure.shared();

  @Test
  void startsTheServersOnlyOncePerJvm() {
    assertThat(RealInfrastructure.shared()).isSameAs(infra);
  }

  @Test
  void postgresIsARealVersion17ServerWithDurableCommits() throws Exception {
    Properties credentials = new Properties();
    credentials.setProperty("user", infra.jdbcUsername());
    credentials.setProperty("password", infra.jdbcPassword());
    try (Connection connection = DriverManager.getConnection(infra.jdbcUrl(), credentials);
        Statement statement = connection.createStatement()) {
      assertThat(single(statement, "show server_version")).startsWith("17.");
      assertThat(single(statement, "show fsync")).isEqualTo("on");
      assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
      statement.execute("create table if not exists probe(id int primary key)");
      statement.execute("insert into probe values (1) on conflict do nothing");
      assertThat(single(statement, "select count(*) from probe")).isEqualTo("1");
    }
  }

  @Test
  void kafkaAcknowledgesAndDeliversARecord() {
    String topic = "probe-" + System.nanoTime();
    Map<String, Object> producerConfig =
        Map.of(
            "bootstrap.servers",
            infra.kafkaBootstrapServers(),
            "acks",
            "all",
            "enable.idempotence",
            true);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
      RecordMetadata sent =
          producer.send(new ProducerRecord<>(topic, "key-1", "hello")).get(30, TimeUnit.SECONDS);
      assertThat(sent.offset()).isZero();
    } catch (Exception e) {
      throw new AssertionError("send failed", e);
    }
    Map<String, Object> consumerConfig =
        Map.of(
            "bootstrap.servers",
            infra.kafkaBootstrapServers(),
            "group.id",
            "probe",
            "auto.offset.reset",
            "earliest");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        records.forEach(r -> values.add(r.key() + "=" + r.value()));
      }
    }
    assertThat(values).containsExactly("key-1=hello");
  }

  @Test
  void redisAnswersAndKeepsAnAppendOnlyFile() throws Exception {
    assertThat(RedisServer.ping(infra.redisPort())).isTrue();
    try (Socket socket = new Socket(infra.redisHost(), infra.redisPort())) {
      OutputStream out = socket.getOutputStream();
      out.write("CONFIG GET appendonly\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      List<String> reply =
          List.of(in.readLine(), in.readLine(), in.readLine(), in.readLine(), in.readLine());
      assertThat(reply).containsSequence("appendonly", "$3", "yes");
    }
  }

  @Test
  void serversDieWithAKilledTestJvmAndLeaveNoData() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RealInfrastructure.class.getName())
            .redirectErrorStream(true)
            .start();
    List<Long> pids = new ArrayList<>();
    Path dir = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("READY")) {
        String[] parts = line.split(" ");
        if (parts[0].equals("DIR")) {
          dir = Path.of(parts[1]);
        } else if (parts.length == 3 && List.of("postgres", "kafka", "redis").contains(parts[0])) {
          pids.add(Long.parseLong(parts[1]));
        }
      }
      assertThat(line).as("child JVM reported its servers").isEqualTo("READY");
    }
    assertThat(pids).hasSize(3).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());

    child.destroyForcibly(); // SIGKILL: no shutdown hook runs
    child.waitFor(10, TimeUnit.SECONDS);

    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (System.nanoTime() < deadline
        && (pids.stream().anyMatch(RealInfrastructureIT::alive) || Files.exists(dir))) {
      Thread.sleep(250);
    }
    assertThat(pids).noneMatch(RealInfrastructureIT::alive);
    assertThat(dir).doesNotExist();
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static String single(Statement statement, String sql) throws Exception {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
