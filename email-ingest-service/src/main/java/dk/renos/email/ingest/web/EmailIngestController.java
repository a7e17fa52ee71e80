package dk.renos.email.ingest.web;

import dk.renos.email.ingest.EmailIngestion;
import dk.renos.email.ingest.IngestResult;
import dk.renos.email.ingest.UnparseableEmailException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/emails}: one raw RFC 822 message in, its stored ids out. */
@RestController
@RequestMapping("/api/emails")
class EmailIngestController {

  static final String MESSAGE_RFC822 = "message/rfc822";
  private static final Logger log = LoggerFactory.getLogger(EmailIngestController.class);

  private final EmailIngestion ingestion;
  private final DataSize maxMessageSize;

  EmailIngestController(
      EmailIngestion ingestion,
      @Value("${renos.email.max-message-size:10MB}") DataSize maxMessageSize) {
    this.ingestion = ingestion;
    this.maxMessageSize = maxMessageSize;
  }

  @PostMapping(consumes = MESSAGE_RFC822)
  ResponseEntity<IngestResponse> ingest(InputStream body) throws IOException {
    IngestResult result = ingestion.ingest(readAtMost(body, maxMessageSize));
    if (result.outcome() == IngestResult.Outcome.BLOCKED) {
      throw new UnparseableEmailException(
          "From", "is on the sender blocklist (renos.email.blocklist)");
    }
    log.info(
        "Email {} stored in thread {} (duplicate={})",
        result.messageId(),
        result.threadId(),
        result.duplicate());
    IngestResponse response =
        new IngestResponse(result.messageId(), result.threadId(), result.duplicate());
    if (result.duplicate()) {
      return ResponseEntity.ok(response);
    }
    return ResponseEntity.created(URI.create("/api/emails/messages/" + result.messageId()))
        .body(response);
  }

  /** Reads the body, refusing (without buffering) anything over the limit. */
  static byte[] readAtMost(InputStream body, DataSize limit) throws IOException {
    long max = limit.toBytes();
    byte[] raw = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (raw.length > max) {
      throw new MessageTooLargeException(limit);
    }
    return raw;
  }

  record IngestResponse(UUID messageId, UUID threadId, boolean duplicate) {}
}
