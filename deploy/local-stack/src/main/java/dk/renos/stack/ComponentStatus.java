package dk.renos.stack;

/** One row of the status table. {@code pid} is 0 when nothing runs. */
public record ComponentStatus(
    String name, long pid, int port, String url, State state, String detail) {

  public enum State {
    HEALTHY,
    UNHEALTHY,
    STOPPED
  }

  public boolean healthy() {
    return state == State.HEALTHY;
  }
}
