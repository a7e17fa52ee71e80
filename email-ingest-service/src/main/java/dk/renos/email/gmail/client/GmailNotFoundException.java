package dk.renos.email.gmail.client;

/** Gmail answered 404: the message is gone, or (for history) the start historyId is too old. */
public class GmailNotFoundException extends RuntimeException {

  public GmailNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
