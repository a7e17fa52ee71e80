package dk.renos.email.mailbox;

import dk.renos.email.ingest.EmailIngestion;
import dk.renos.email.ingest.IngestResult;
import dk.renos.email.ingest.UnparseableEmailException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.unit.DataSize;

/**
 * Ingests every {@code *.eml} file dropped into the mailbox folder, once.
 *
 * <p>A file is taken when its size and modification time are the same as at the previous poll, so a
 * file still being written waits (writers that can should write {@code name.tmp} and rename it to
 * {@code name.eml}; names starting with a dot are ignored). After a successful ingest the file
 * moves to {@code processed/}; a crash before the move re-ingests it as a duplicate on the next
 * poll, which changes nothing, and then moves it. A file that is not an e-mail moves to {@code
 * failed/} with {@code <name>.error.txt} beside it. Any other failure (database or broker away)
 * leaves the file where it is for the next poll. One instance per folder.
 */
public class MailboxPoller {

  private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

  private final Path inbox;
  private final Path processed;
  private final Path failed;
  private final EmailIngestion ingestion;
  private final DataSize maxMessageSize;
  private Map<Path, FileState> lastSeen = Map.of();

  public MailboxPoller(Path inbox, EmailIngestion ingestion, DataSize maxMessageSize) {
    this.inbox = inbox;
    this.processed = inbox.resolve("processed");
    this.failed = inbox.resolve("failed");
    this.ingestion = ingestion;
    this.maxMessageSize = maxMessageSize;
    try {
      Files.createDirectories(processed);
      Files.createDirectories(failed);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the mailbox folders under " + inbox, e);
    }
    log.info("Mailbox {} polled for *.eml files", inbox);
  }

  @Scheduled(
      fixedDelayString = "${renos.mailbox.poll-interval:1s}",
      initialDelayString = "${renos.mailbox.poll-interval:1s}")
  public synchronized void poll() {
    Map<Path, FileState> seen = new HashMap<>();
    for (Path file : candidates()) {
      FileState state;
      try {
        state = FileState.of(file);
      } catch (IOException e) {
        continue; // gone meanwhile
      }
      if (!state.equals(lastSeen.get(file))) {
        seen.put(file, state); // new or still growing: look again next poll
      } else if (!handle(file)) {
        seen.put(file, state); // not done: retry next poll
      }
    }
    lastSeen = seen;
  }

  private List<Path> candidates() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(inbox)) {
      for (Path file : stream) {
        String name = file.getFileName().toString();
        if (!name.startsWith(".")
            && name.toLowerCase(Locale.ROOT).endsWith(".eml")
            && Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      log.warn("Mailbox {} cannot be listed: {}", inbox, e.toString());
    }
    files.sort(null);
    return files;
  }

  /**
   * @return whether the file left the inbox
   */
  private boolean handle(Path file) {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > maxMessageSize.toBytes()) {
        reject(file, "message is larger than " + maxMessageSize.toMegabytes() + " MB", "size");
        return true;
      }
      IngestResult result = ingestion.ingest(Files.readAllBytes(file));
      if (result.outcome() == IngestResult.Outcome.BLOCKED) {
        return reject(file, "the sender is on the blocklist (renos.email.blocklist)", "From");
      }
      Path target = move(file, processed);
      log.info(
          "Mailbox file {} stored as email {} in thread {} (duplicate={}), moved to {}",
          name,
          result.messageId(),
          result.threadId(),
          result.duplicate(),
          target.getFileName());
      return true;
    } catch (UnparseableEmailException e) {
      return reject(file, e.getMessage(), e.field());
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Mailbox file {} not ingested, retrying next poll: {}", name, e.getClass().getName());
      return false;
    }
  }

  private boolean reject(Path file, String reason, String field) {
    String name = file.getFileName().toString();
    try {
      Path target = move(file, failed);
      Files.writeString(
          failed.resolve(target.getFileName() + ".error.txt"),
          "Not ingested: " + reason + System.lineSeparator(),
          StandardCharsets.UTF_8);
      log.warn(
          "Mailbox file {} rejected ({} is wrong), moved to failed/{}",
          name,
          field,
          target.getFileName());
      return true;
    } catch (IOException e) {
      log.warn("Mailbox file {} rejected but cannot be moved to failed/: {}", name, e.toString());
      return false;
    }
  }

  /**
   * Moves into {@code folder}, keeping the name unless it is taken there ({@code name-2.eml}, ...).
   */
  private static Path move(Path file, Path folder) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    Path target = folder.resolve(name);
    for (int n = 2; Files.exists(target); n++) {
      target = folder.resolve(base + "-" + n + extension);
    }
    try {
      return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      return Files.move(file, target);
    }
  }

  private record FileState(long size, FileTime modified) {

    static FileState of(Path file) throws IOException {
      return new FileState(Files.size(file), Files.getLastModifiedTime(file));
    }
  }
}
