package dk.renos.email.ingest.web;

import org.springframework.util.unit.DataSize;

/** The request body is larger than {@code renos.email.max-message-size}. */
class MessageTooLargeException extends RuntimeException {

  private final DataSize limit;

  MessageTooLargeException(DataSize limit) {
    super("message larger than " + limit);
    this.limit = limit;
  }

  DataSize limit() {
    return limit;
  }
}
