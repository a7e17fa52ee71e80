package dk.renos.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.support.messaging.app.MessagingTestApplication;
import dk.renos.support.messaging.app.Signups;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.WithRealInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crashes and outages: (a) a producer process killed with SIGKILL after its commit and before the
 * send — the event arrives once it restarts; (d) the broker restarts while events flow — every
 * event has its effect exactly once.
 */
@SpringBootTest(
    classes = MessagingTestApplication.class,
    properties = {
      "spring.application.name=messaging-test",
      "renos.service.schema=messaging_test",
      "spring.flyway.locations=classpath:messaging-app/db/migration,classpath:db/renos-messaging",
      "renos.messaging.retry.max-elapsed=PT1S",
      "renos.outbox.resubmit-initial-delay=PT1S",
      "renos.outbox.resubmit-interval=PT1S",
      "renos.outbox.resubmit-older-than=PT2S",
      "spring.kafka.producer.properties.max.block.ms=3000",
      "spring.kafka.producer.properties.delivery.timeout.ms=5000",
      "spring.kafka.producer.properties.request.timeout.ms=2000"
    })
@WithRealInfrastructure
class MessagingFailureIT {

  private final RealInfrastructure infra = RealInfrastructure.shared();

  @Autowired Signups signups;

  @Autowired JdbcTemplate jdbc;

  @Test
  void aProducerKilledAfterCommitAndBeforeSendDeliversAfterRestart() throws Exception {
    UUID id = UUID.randomUUID();
    infra.stopKafka();
    Child producer = startProducer("--renos.test.signup=" + id);
    try {
      producer.awaitLine("COMMITTED " + id, Duration.ofMinutes(2));
      assertThat(count("select count(*) from messaging_child.signup where id = ?", id))
          .isEqualTo(1);
      assertThat(
              count(
                  "select count(*) from messaging_child.event_publication where completion_date is null"
                      + " and serialized_event like ?",
                  "%" + id + "%"))
          .as("committed but not sent")
          .isEqualTo(1);
    } finally {
      producer.kill();
      infra.startKafka();
    }
    assertThat(
            awaitCount(
                "select count(*) from welcome where customer_id = ?",
                id,
                1,
                Duration.ofSeconds(20)))
        .as("nothing may arrive while the producer is dead")
        .isZero();

    Child restarted = startProducer();
    try {
      assertThat(
              awaitCount(
                  "select count(*) from welcome where customer_id = ?",
                  id,
                  1,
                  // The restarted child JVM must start first: over a minute on a loaded machine.
                  Duration.ofSeconds(300)))
          .isEqualTo(1);
      assertThat(
              awaitCount(
                  "select count(*) from messaging_child.event_publication where completion_date is null",
                  null,
                  0,
                  Duration.ofSeconds(90)))
          .as("outbox drained")
          .isZero();
    } finally {
      restarted.stop();
    }
  }

  @Test
  void aBrokerRestartWhileEventsFlowLosesNothingAndDuplicatesNothing() throws Exception {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      if (i == 20) {
        infra.stopKafka();
      }
      if (i == 40) {
        infra.startKafka();
      }
      UUID id = UUID.randomUUID();
      signups.signUp(id, "Flow " + i, false);
      ids.add(id);
    }
    for (UUID id : ids) {
      assertThat(
              awaitCount(
                  "select count(*) from welcome where customer_id = ?",
                  id,
                  1,
                  Duration.ofSeconds(90)))
          .as("welcome for %s", id)
          .isEqualTo(1);
    }
    // After everything settled (resubmissions included): still exactly one effect per event.
    Thread.sleep(3000);
    for (UUID id : ids) {
      assertThat(count("select count(*) from welcome where customer_id = ?", id))
          .as("effects of %s", id)
          .isEqualTo(1);
    }
    assertThat(count("select count(*) from event_publication where completion_date is null", null))
        .as("outbox drained")
        .isZero();
  }

  private Child startProducer(String... extraArgs) throws Exception {
    Path log = Files.createTempFile("messaging-child", ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                MessagingTestApplication.class.getName(),
                "--spring.main.web-application-type=none",
                "--spring.application.name=messaging-child",
                "--renos.service.schema=messaging_child",
                "--spring.flyway.locations=classpath:messaging-app/db/migration,classpath:db/renos-messaging",
                "--spring.datasource.url=" + infra.jdbcUrl(),
                "--spring.datasource.username=" + infra.jdbcUsername(),
                "--spring.datasource.password=" + infra.jdbcPassword(),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.operation-timeout=2s",
                "--spring.kafka.producer.properties.max.block.ms=3000",
                "--spring.kafka.producer.properties.delivery.timeout.ms=5000",
                "--spring.kafka.producer.properties.request.timeout.ms=2000",
                "--renos.outbox.resubmit-initial-delay=PT1S",
                "--renos.outbox.resubmit-interval=PT1S",
                "--renos.outbox.resubmit-older-than=PT1S"));
    command.addAll(List.of(extraArgs));
    return new Child(
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
        log);
  }

  /** A producer process and the file its output goes to. */
  private record Child(Process process, Path log) {

    void awaitLine(String line, Duration timeout) throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (Files.readString(log).lines().anyMatch(line::equals)) {
          return;
        }
        if (!process.isAlive()) {
          throw new AssertionError(
              "producer exited before '" + line + "':\n" + Files.readString(log));
        }
        Thread.sleep(200);
      }
      throw new AssertionError("producer did not print '" + line + "' within " + timeout);
    }

    void kill() throws Exception {
      process.destroyForcibly(); // SIGKILL: no shutdown hook, no last attempt to send
      process.waitFor(20, TimeUnit.SECONDS);
    }

    void stop() throws Exception {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private int count(String sql, Object argument) {
    return argument == null
        ? jdbc.queryForObject(sql, Integer.class)
        : jdbc.queryForObject(sql, Integer.class, argument);
  }

  private int awaitCount(String sql, Object argument, int expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int count;
    do {
      count = count(sql, argument);
      if (count == expected) {
        return count;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    } while (System.nanoTime() < deadline);
    return count;
  }
}
