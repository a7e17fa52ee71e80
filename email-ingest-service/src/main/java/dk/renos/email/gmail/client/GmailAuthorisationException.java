package dk.renos.email.gmail.client;

import org.springframework.modulith.NamedInterface;

/** Google refused the mailbox's credential: the connection needs a person to reconnect it. */
@NamedInterface("api")
public class GmailAuthorisationException extends RuntimeException {

  public GmailAuthorisationException(String message, Throwable cause) {
    super(message, cause);
  }
}
