package dk.renos.email.gmail.client;

/** Gmail refused a request as wrong (a 4xx other than 401/404/rate limits): not worth retrying. */
public class GmailRequestException extends RuntimeException {

  public GmailRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
