package dk.renos.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A fixed clock the test moves: declare it as the service's {@code Clock} bean (service-support's
 * UTC clock backs off) or pass it to the class under test. Its zone is UTC; the code under test
 * must only use its instant.
 */
public final class MutableClock extends Clock {

  private volatile Instant now;

  public MutableClock(Instant now) {
    this.now = now;
  }

  public void set(Instant now) {
    this.now = now;
  }

  /** Moves the time forward (or back, for a negative amount). */
  public void advance(java.time.Duration amount) {
    this.now = now.plus(amount);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service must not depend on the clock's zone");
  }
}
