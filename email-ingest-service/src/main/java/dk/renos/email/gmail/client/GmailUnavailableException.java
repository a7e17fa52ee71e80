package dk.renos.email.gmail.client;

import org.springframework.modulith.NamedInterface;

/**
 * Gmail kept failing (after retries) or the circuit breaker is open: try again on a later cycle.
 */
@NamedInterface("api")
public class GmailUnavailableException extends RuntimeException {

  public GmailUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
