package dk.renos.email.gmail.connection;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;

/** A mailbox could not be connected; the status and field say why (answered as problem+json). */
@NamedInterface("api")
public class ConnectionException extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  public ConnectionException(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }
}
