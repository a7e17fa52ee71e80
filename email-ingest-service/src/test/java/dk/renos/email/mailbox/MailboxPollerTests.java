package dk.renos.email.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.renos.email.ingest.EmailIngestion;
import dk.renos.email.ingest.IngestResult;
import dk.renos.email.ingest.UnparseableEmailException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class MailboxPollerTests {

  @TempDir Path mailbox;

  private final EmailIngestion ingestion = mock(EmailIngestion.class);

  @Test
  void aFileIsTakenOnlyOnceItsSizeHeldStillForOnePoll() throws IOException {
    when(ingestion.ingest(any()))
        .thenReturn(
            new IngestResult(UUID.randomUUID(), UUID.randomUUID(), IngestResult.Outcome.STORED));
    MailboxPoller poller = new MailboxPoller(mailbox, ingestion, DataSize.ofMegabytes(10));
    Path file = Files.writeString(mailbox.resolve("a.eml"), "From: a@example.dk\r\n");

    poller.poll();
    verify(ingestion, never()).ingest(any());
    Files.writeString(file, "\r\nstill writing\r\n", StandardOpenOption.APPEND);
    poller.poll();
    verify(ingestion, never()).ingest(any());
    poller.poll();
    verify(ingestion, times(1)).ingest(any());
    assertThat(file).doesNotExist();
    assertThat(mailbox.resolve("processed/a.eml")).exists();
    poller.poll();
    verify(ingestion, times(1)).ingest(any());
  }

  @Test
  void otherFilesAreLeftAloneAndNameClashesInProcessedAreAvoided() throws IOException {
    when(ingestion.ingest(any()))
        .thenReturn(
            new IngestResult(UUID.randomUUID(), UUID.randomUUID(), IngestResult.Outcome.STORED));
    MailboxPoller poller = new MailboxPoller(mailbox, ingestion, DataSize.ofMegabytes(10));
    Files.writeString(mailbox.resolve("processed/a.eml"), "earlier");
    Files.writeString(mailbox.resolve("a.eml"), "From: a@example.dk\r\n");
    Files.writeString(mailbox.resolve("b.eml.tmp"), "From: a@example.dk\r\n");
    Files.writeString(mailbox.resolve(".c.eml"), "From: a@example.dk\r\n");

    poller.poll();
    poller.poll();

    verify(ingestion, times(1)).ingest(any());
    assertThat(mailbox.resolve("processed/a-2.eml")).exists();
    assertThat(mailbox.resolve("b.eml.tmp")).exists();
    assertThat(mailbox.resolve(".c.eml")).exists();
  }

  @Test
  void aBlocklistedSendersFileGoesToFailedWithTheReason() throws IOException {
    when(ingestion.ingest(any()))
        .thenReturn(new IngestResult(null, null, IngestResult.Outcome.BLOCKED));
    MailboxPoller poller = new MailboxPoller(mailbox, ingestion, DataSize.ofMegabytes(10));
    Files.writeString(mailbox.resolve("news.eml"), "From: news@blocked.example\r\n");

    poller.poll();
    poller.poll();

    assertThat(mailbox.resolve("failed/news.eml")).exists();
    assertThat(Files.readString(mailbox.resolve("failed/news.eml.error.txt")))
        .contains("blocklist");
  }

  @Test
  void anUnparseableFileGoesToFailedWithItsReasonAndAnOutageIsRetried() throws IOException {
    when(ingestion.ingest(any()))
        .thenThrow(new UnparseableEmailException("From", "is missing"))
        .thenThrow(new IllegalStateException("database away"))
        .thenReturn(
            new IngestResult(UUID.randomUUID(), UUID.randomUUID(), IngestResult.Outcome.STORED));
    MailboxPoller poller = new MailboxPoller(mailbox, ingestion, DataSize.ofMegabytes(10));
    Files.writeString(mailbox.resolve("bad.eml"), "Subject: x\r\n");
    Files.writeString(mailbox.resolve("good.eml"), "From: a@example.dk\r\n");

    poller.poll();
    poller.poll();
    assertThat(mailbox.resolve("failed/bad.eml")).exists();
    assertThat(mailbox.resolve("failed/bad.eml.error.txt")).content().contains("From is missing");
    assertThat(mailbox.resolve("good.eml")).as("left for the next poll").exists();

    poller.poll();
    assertThat(mailbox.resolve("processed/good.eml")).exists();
  }

  @Test
  void anOversizedFileIsRefusedWithoutReadingIt() throws IOException {
    MailboxPoller poller = new MailboxPoller(mailbox, ingestion, DataSize.ofBytes(10));
    Files.writeString(mailbox.resolve("big.eml"), "From: a@example.dk\r\n\r\nmore than ten bytes");

    poller.poll();
    poller.poll();

    verify(ingestion, never()).ingest(any());
    assertThat(mailbox.resolve("failed/big.eml.error.txt")).content().contains("larger than");
  }
}
