package dk.renos.email.ingest;

import java.util.UUID;

/** The stored message and its thread; {@code duplicate} when the message had been ingested before. */
public record IngestResult(UUID messageId, UUID threadId, boolean duplicate) {
}
