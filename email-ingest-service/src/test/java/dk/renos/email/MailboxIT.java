package dk.renos.email;

import static dk.renos.email.IngestTestSupport.await;
import static dk.renos.email.IngestTestSupport.awaitEmailReceived;
import static dk.renos.email.IngestTestSupport.emailReceived;
import static dk.renos.email.IngestTestSupport.message;
import static dk.renos.email.IngestTestSupport.uniqueId;
import static dk.renos.testsupport.KafkaTopics.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.email.ingest.EmailIngestion;
import dk.renos.testsupport.WithRealInfrastructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The local mailbox folder ({@code target/it-mailbox}, see test config/application.yml), polled
 * every 200 ms.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class MailboxIT {

  @Value("${renos.mailbox.dir}")
  Path mailbox;

  @Autowired EmailIngestion ingestion;

  @Autowired JdbcTemplate jdbc;

  @Test
  void aDroppedFileIsIngestedExactlyOnceAndMovedToProcessed() throws IOException {
    String rfc822Id = uniqueId("mailbox");
    String name = "drop-" + UUID.randomUUID() + ".eml";
    Files.write(mailbox.resolve(name), message(rfc822Id, "", "Fra mappen", "Hej æ ø å\r\n"));

    await("moved to processed/", () -> Files.exists(mailbox.resolve("processed").resolve(name)));
    assertThat(mailbox.resolve(name)).doesNotExist();
    assertThat(rows(rfc822Id)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select body_text from email_message where message_id = ?", String.class, rfc822Id))
        .isEqualTo("Hej æ ø å\n");
    awaitEmailReceived(rfc822Id);
    sleep(1000); // five more polls
    awaitOutboxEmpty();
    assertThat(rows(rfc822Id)).isEqualTo(1);
    assertThat(emailReceived(rfc822Id)).hasSize(1);
  }

  @Test
  void aFileIngestedJustBeforeACrashIsTakenAsADuplicateAndMoved() throws IOException {
    String rfc822Id = uniqueId("crash");
    byte[] raw = message(rfc822Id, "", "Før nedbruddet", "Hej\r\n");
    ingestion.ingest(raw); // committed, then the process died before moving the file
    String name = "crash-" + UUID.randomUUID() + ".eml";
    Files.write(mailbox.resolve(name), raw);

    await("moved to processed/", () -> Files.exists(mailbox.resolve("processed").resolve(name)));
    awaitEmailReceived(rfc822Id);
    awaitOutboxEmpty();
    assertThat(rows(rfc822Id)).isEqualTo(1);
    assertThat(emailReceived(rfc822Id)).hasSize(1);
  }

  @Test
  void aGarbageFileLandsInFailedWithItsReason() throws IOException {
    String garbage = "garbage-" + UUID.randomUUID() + ".eml";
    String noFrom = "no-from-" + UUID.randomUUID() + ".eml";
    Files.write(mailbox.resolve(garbage), new byte[] {0, 1, 2, 'x', '\n'});
    Files.writeString(
        mailbox.resolve(noFrom), "Subject: Hej\r\n\r\nHej\r\n", StandardCharsets.UTF_8);

    Path failed = mailbox.resolve("failed");
    await("garbage in failed/", () -> Files.exists(failed.resolve(garbage + ".error.txt")));
    await("no-From in failed/", () -> Files.exists(failed.resolve(noFrom + ".error.txt")));
    assertThat(failed.resolve(garbage)).exists();
    assertThat(mailbox.resolve(garbage)).doesNotExist();
    assertThat(Files.readString(failed.resolve(garbage + ".error.txt")))
        .contains("not an RFC 822 message");
    assertThat(Files.readString(failed.resolve(noFrom + ".error.txt"))).contains("From is missing");
  }

  private int rows(String rfc822Id) {
    return jdbc.queryForObject(
        "select count(*) from email_message where message_id = ?", Integer.class, rfc822Id);
  }

  private void awaitOutboxEmpty() {
    await(
        "outbox sent",
        () ->
            jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null",
                    Integer.class)
                == 0);
  }
}
