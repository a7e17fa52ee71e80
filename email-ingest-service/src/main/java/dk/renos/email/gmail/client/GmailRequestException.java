package dk.renos.email.gmail.client;

import org.springframework.modulith.NamedInterface;

/** Gmail refused a request as wrong (a 4xx other than 401/404/rate limits): not worth retrying. */
@NamedInterface("api")
public class GmailRequestException extends RuntimeException {

  public GmailRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
