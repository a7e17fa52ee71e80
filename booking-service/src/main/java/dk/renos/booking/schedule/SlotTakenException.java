package dk.renos.booking.schedule;

import java.time.Duration;
import java.time.Instant;

/** No allowed team is free at the requested start (travel gap included): answered 409. */
public class SlotTakenException extends RuntimeException {

  private final Instant start;

  private final Duration visit;

  public SlotTakenException(Instant start, Duration visit) {
    super("The slot at " + start + " is taken");
    this.start = start;
    this.visit = visit;
  }

  public Instant start() {
    return start;
  }

  /** The visit length asked for, to offer the next free slots of that length. */
  public Duration visit() {
    return visit;
  }
}
