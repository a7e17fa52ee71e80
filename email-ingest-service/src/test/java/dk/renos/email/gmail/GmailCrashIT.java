package dk.renos.email.gmail;

import static dk.renos.email.gmail.GmailTestSupport.GMAIL;
import static dk.renos.email.gmail.GmailTestSupport.await;
import static dk.renos.email.gmail.GmailTestSupport.newMailbox;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.email.EmailIngestApplication;
import dk.renos.email.gmail.connection.TestTokenKeys;
import dk.renos.events.Topics;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The initial sync survives a crash: email-ingest-service runs as its own process against real
 * PostgreSQL, Kafka and the fake Gmail server, is SIGKILLed in the middle of the initial sync of
 * 1,500 messages, and a new process resumes from the checkpoint: every message is stored exactly
 * once, every inbound one is published (a redelivery keeps its ce_id), and the restart does not
 * fetch the whole mailbox again.
 */
class GmailCrashIT {

  private static final String SCHEMA = "email_crash";
  private static final int THREADS = 300;
  private static final int PER_THREAD = 5;
  private static final int TOTAL = THREADS * PER_THREAD;
  private static final int PAGE = 100;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RealInfrastructure infra = RealInfrastructure.shared();

  @Test
  void aServiceKilledInTheMiddleOfTheInitialSyncResumesWithNothingLostOrDuplicated()
      throws Exception {
    String mailbox = newMailbox();
    GMAIL.mailbox(mailbox).generate(THREADS, PER_THREAD, 42);
    String refreshToken = GMAIL.oauth().issueRefreshToken(GmailTestSupport.CLIENT_ID, mailbox);
    String tokenKey = TestTokenKeys.newBase64Key();

    Child first = start(mailbox, refreshToken, tokenKey);
    int storedAtKill;
    try {
      await(
          "the initial sync a few pages in",
          // The child JVM alone took 73 s to start on a loaded CI machine.
          Duration.ofSeconds(300),
          () ->
              first.alive()
                  && intQuery("select coalesce(max(full_sync_done), 0) from gmail_sync_state")
                      >= 3 * PAGE);
    } finally {
      first.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful stop
    }
    storedAtKill = intQuery("select count(*) from email_message");
    assertThat(storedAtKill)
        .as("killed in the middle, not after the end (log: %s)", first.log())
        .isLessThan(TOTAL);

    int requestsBefore = GMAIL.requestCount();
    Child second = start(mailbox, refreshToken, tokenKey);
    try {
      await(
          "the resumed sync finished",
          Duration.ofSeconds(300),
          () ->
              second.alive()
                  && intQuery("select count(*) from gmail_sync_state where phase = 'INCREMENTAL'")
                      == 1);
    } finally {
      second.process().destroy();
      second.process().waitFor();
    }

    assertThat(intQuery("select count(*) from email_message")).isEqualTo(TOTAL);
    assertThat(intQuery("select count(distinct gmail_id) from email_message")).isEqualTo(TOTAL);
    assertThat(intQuery("select count(distinct message_id) from email_message")).isEqualTo(TOTAL);
    int fetchedAfterRestart = GMAIL.requestCount() - requestsBefore;
    assertThat(fetchedAfterRestart)
        .as(
            "the restart fetched what was left (plus at most the page it was on), "
                + "not the whole mailbox")
        .isLessThan(TOTAL - storedAtKill + PAGE + 60);

    Set<String> inbound =
        new HashSet<>(
            stringQuery("select message_id from email_message where direction = 'INBOUND'"));
    KafkaTopics kafka = KafkaTopics.on(infra);
    await(
        "every inbound message published",
        Duration.ofSeconds(90),
        () -> publishedOf(kafka, inbound) == inbound.size());
  }

  private static long publishedOf(KafkaTopics kafka, Set<String> rfc822Ids) {
    return kafka.readAll(Topics.EMAIL).stream()
        .filter(r -> "dk.renos.email.EmailReceived.v1".equals(KafkaTopics.header(r, "ce_type")))
        .filter(r -> rfc822Ids.contains(JSON.readTree(r.value()).at("/rfc822MessageId").asString()))
        .map(r -> KafkaTopics.header(r, "ce_id"))
        .distinct()
        .count();
  }

  private Child start(String mailbox, String refreshToken, String tokenKey) throws Exception {
    Path log = Files.createTempFile("gmail-crash-child", ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                EmailIngestApplication.class.getName(),
                "--server.port=0",
                "--renos.service.schema=" + SCHEMA,
                "--renos.mailbox.enabled=false",
                "--spring.datasource.url=" + infra.jdbcUrl(),
                "--spring.datasource.username=" + infra.jdbcUsername(),
                "--spring.datasource.password=" + infra.jdbcPassword(),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.kafka.listener.auto-startup=false",
                "--renos.gmail.root-url=" + GMAIL.rootUrl(),
                "--renos.gmail.token-url=" + GMAIL.tokenUrl(),
                "--renos.gmail.client-id=" + GmailTestSupport.CLIENT_ID,
                "--renos.gmail.client-secret=" + GmailTestSupport.CLIENT_SECRET,
                "--renos.gmail.token-key=" + tokenKey,
                "--renos.gmail.mailbox=" + mailbox,
                "--renos.gmail.refresh-token=" + refreshToken,
                "--renos.gmail.page-size=" + PAGE,
                "--renos.gmail.batch-size=25",
                "--renos.gmail.poll-interval=300ms",
                "--renos.outbox.resubmit-initial-delay=PT1S",
                "--renos.outbox.resubmit-interval=PT1S",
                "--renos.outbox.resubmit-older-than=PT2S"));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Child(process, log);
  }

  private record Child(Process process, Path log) {
    boolean alive() {
      if (!process.isAlive()) {
        throw new AssertionError("the service process died; its log: " + log);
      }
      return true;
    }
  }

  private int intQuery(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    } catch (SQLException e) {
      if (e.getMessage().contains("does not exist")) {
        return 0; // Flyway has not created the schema yet
      }
      throw new IllegalStateException(e);
    }
  }

  private List<String> stringQuery(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }

  private Connection connect() throws SQLException {
    Connection connection =
        DriverManager.getConnection(infra.jdbcUrl(), infra.jdbcUsername(), infra.jdbcPassword());
    try (Statement statement = connection.createStatement()) {
      statement.execute("set search_path to " + SCHEMA);
    }
    return connection;
  }
}
