package dk.renos.email.gmail.client;

/**
 * Gmail kept failing (after retries) or the circuit breaker is open: try again on a later cycle.
 */
public class GmailUnavailableException extends RuntimeException {

  public GmailUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
