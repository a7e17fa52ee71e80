package dk.renos.email.gmail.client;

import org.springframework.modulith.NamedInterface;

/** Gmail answered 404: the message is gone, or (for history) the start historyId is too old. */
@NamedInterface("api")
public class GmailNotFoundException extends RuntimeException {

  public GmailNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
