package dk.renos.email.ingest;

import java.util.UUID;

/**
 * What ingesting one message did.
 *
 * @param messageId the stored message, {@code null} when {@code BLOCKED}
 * @param threadId its thread, {@code null} when {@code BLOCKED}
 */
public record IngestResult(UUID messageId, UUID threadId, Outcome outcome) {

  public enum Outcome {
    /** Stored now (and, when inbound, EmailReceived published). */
    STORED,
    /** Its Message-ID (or Gmail id) was stored before: nothing changed. */
    DUPLICATE,
    /** The sender is on the blocklist: nothing stored, nothing published. */
    BLOCKED
  }

  public boolean duplicate() {
    return outcome == Outcome.DUPLICATE;
  }

  static IngestResult blocked() {
    return new IngestResult(null, null, Outcome.BLOCKED);
  }
}
