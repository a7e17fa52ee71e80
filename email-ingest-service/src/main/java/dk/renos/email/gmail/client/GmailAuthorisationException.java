package dk.renos.email.gmail.client;

/** Google refused the mailbox's credential: the connection needs a person to reconnect it. */
public class GmailAuthorisationException extends RuntimeException {

  public GmailAuthorisationException(String message, Throwable cause) {
    super(message, cause);
  }
}
