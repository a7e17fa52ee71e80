package dk.renos.email.gmail;

import static dk.renos.email.gmail.GmailTestSupport.GMAIL;
import static dk.renos.email.gmail.GmailTestSupport.await;

import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import dk.renos.email.gmail.connection.MailboxConnector;
import dk.renos.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Gmail ITs: one Spring context (real PostgreSQL and Kafka) whose Google client talks
 * to the fake Gmail server. After each test every mailbox is disconnected, so background sync only
 * ever works on the running test's mailbox.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
abstract class GmailIntegrationTest {

  // Generous: a wait returns as soon as its condition holds; a loaded machine needs the margin.
  static final Duration WAIT = Duration.ofSeconds(90);

  @DynamicPropertySource
  static void gmail(DynamicPropertyRegistry registry) {
    GmailTestSupport.register(registry);
  }

  @LocalServerPort int port;

  @Autowired JdbcTemplate jdbc;

  @Autowired MailboxConnector connector;

  @Autowired GmailConnections connections;

  @Autowired MeterRegistry meters;

  @Autowired GmailCalls calls;

  @AfterEach
  void disconnectEveryMailbox() {
    GMAIL.faults().clear();
    calls.resetBreaker();
    connections.all().forEach(connection -> connections.disconnect(connection.getId()));
  }

  GmailConnection connect(String mailbox) {
    return connector.connectWithRefreshToken(
        mailbox, GMAIL.oauth().issueRefreshToken(GmailTestSupport.CLIENT_ID, mailbox));
  }

  GmailConnection connectAndSync(String mailbox) {
    GmailConnection connection = connect(mailbox);
    await(
        "initial sync done and history followed",
        WAIT,
        () ->
            phase(connection.getId()).equals("INCREMENTAL")
                && jdbc.queryForObject(
                    "select last_synced_at is not null from gmail_sync_state where connection_id = ?",
                    Boolean.class,
                    connection.getId()));
    return connection;
  }

  int stored(String mailbox) {
    return jdbc.queryForObject(
        """
        select count(*) from email_message m join gmail_connection c on c.id = m.connection_id
        where c.mailbox = ?""",
        Integer.class,
        mailbox);
  }

  String phase(UUID connectionId) {
    return jdbc
        .queryForList(
            "select phase from gmail_sync_state where connection_id = ?",
            String.class,
            connectionId)
        .stream()
        .findFirst()
        .orElse("NONE");
  }
}
