package dk.renos.email.gmail.sync;

import dk.renos.support.jdbc.AdvisoryLocks;
import dk.renos.support.jdbc.AdvisoryLocks.SessionLock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One replica at a time works on a mailbox: a PostgreSQL session advisory lock per connection
 * ({@code gmail-sync:<connection id>}), held on a database connection of its own for as long as the
 * work runs, released even if the work fails.
 */
@Component
class ConnectionLock {

  private final AdvisoryLocks locks;

  ConnectionLock(AdvisoryLocks locks) {
    this.locks = locks;
  }

  /**
   * Runs {@code work} under the lock; returns false (without running it) when another replica holds
   * it.
   */
  boolean tryRun(UUID connectionId, Runnable work) {
    Optional<SessionLock> held = locks.trySessionLock("gmail-sync:" + connectionId);
    if (held.isEmpty()) {
      return false;
    }
    try (SessionLock lock = held.get()) {
      work.run();
      return true;
    }
  }
}
