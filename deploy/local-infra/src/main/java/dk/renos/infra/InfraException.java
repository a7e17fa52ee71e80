package dk.renos.infra;

/**
 * A failure a person can act on: one line naming the component, the cause and where its log is.
 * Launcher and tests print {@link #getMessage()} instead of a stack trace.
 */
public class InfraException extends RuntimeException {

  public InfraException(String message) {
    super(message);
  }

  public InfraException(String message, Throwable cause) {
    super(message, cause);
  }
}
