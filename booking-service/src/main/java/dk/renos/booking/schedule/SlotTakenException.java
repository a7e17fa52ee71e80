package dk.renos.booking.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** No allowed team is free at the requested start (travel gap included): answered 409. */
public class SlotTakenException extends RuntimeException {

  private final Instant start;

  private final Duration visit;

  private final UUID moving;

  public SlotTakenException(Instant start, Duration visit) {
    this(start, visit, null);
  }

  /**
   * @param moving the booking being rescheduled (its own time is free for the next slots), or null
   */
  public SlotTakenException(Instant start, Duration visit, UUID moving) {
    super("The slot at " + start + " is taken");
    this.start = start;
    this.visit = visit;
    this.moving = moving;
  }

  /** The booking being rescheduled, or null. */
  public UUID moving() {
    return moving;
  }

  public Instant start() {
    return start;
  }

  /** The visit length asked for, to offer the next free slots of that length. */
  public Duration visit() {
    return visit;
  }
}
