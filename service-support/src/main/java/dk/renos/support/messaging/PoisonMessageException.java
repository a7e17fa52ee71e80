package dk.renos.support.messaging;

/**
 * A record that can never be processed however often it is retried (no CloudEvents headers,
 * unreadable JSON). The error handler sends it to the dead-letter topic at once.
 */
public class PoisonMessageException extends RuntimeException {

  public PoisonMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
