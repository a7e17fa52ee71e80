package dk.renos.email.gmail.sync;

import com.google.api.services.gmail.Gmail;
import dk.renos.email.gmail.client.GmailAuthorisationException;
import dk.renos.email.gmail.client.GmailUnavailableException;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One sync pass over one mailbox: the full sync while one is due (initial, or after expired
 * history), then the incremental sync. A refused credential marks the connection; Gmail being
 * unavailable is recorded on the state and retried next pass.
 */
@Component
public class MailboxSync {

  private static final Logger log = LoggerFactory.getLogger(MailboxSync.class);

  private final GmailConnections connections;
  private final GmailSyncStateRepository states;
  private final FullSync fullSync;
  private final IncrementalSync incrementalSync;
  private final ConnectionLock lock;
  private final Clock clock;

  MailboxSync(
      GmailConnections connections,
      GmailSyncStateRepository states,
      FullSync fullSync,
      IncrementalSync incrementalSync,
      ConnectionLock lock,
      Clock clock) {
    this.connections = connections;
    this.states = states;
    this.fullSync = fullSync;
    this.incrementalSync = incrementalSync;
    this.lock = lock;
    this.clock = clock;
  }

  /**
   * @return false when another replica is syncing this mailbox right now
   */
  public boolean syncOnce(GmailConnection connection, BooleanSupplier stopping) {
    return lock.tryRun(connection.getId(), () -> run(connection, stopping));
  }

  /** Runs {@code work} while no sync of the mailbox runs; false when one does (in any replica). */
  public boolean underLock(GmailConnection connection, Runnable work) {
    return lock.tryRun(connection.getId(), work);
  }

  /**
   * Whether the mailbox's initial (or repair) full sync is done, so that Gmail and the store should
   * agree.
   */
  public boolean fullSyncFinished(java.util.UUID connectionId) {
    return states
        .findById(connectionId)
        .map(s -> s.getPhase() == SyncPhase.INCREMENTAL)
        .orElse(false);
  }

  private void run(GmailConnection connection, BooleanSupplier stopping) {
    GmailSyncState state =
        states
            .findById(connection.getId())
            .orElseGet(() -> states.save(GmailSyncState.initial(connection.getId())));
    try {
      Gmail gmail = connections.gmail(connection);
      if (state.getPhase() == SyncPhase.FULL_SYNC) {
        state = fullSync.run(state, gmail, stopping);
      }
      if (state.getPhase() == SyncPhase.INCREMENTAL && !stopping.getAsBoolean()) {
        state = incrementalSync.run(state, gmail);
        if (state.getPhase() == SyncPhase.FULL_SYNC && !stopping.getAsBoolean()) {
          fullSync.run(state, gmail, stopping); // history expired: repair right away
        }
      }
    } catch (GmailAuthorisationException e) {
      connections.markNeedsReauthorisation(connection.getId(), e.getMessage());
      recordFailure(connection, e.getMessage());
    } catch (GmailUnavailableException e) {
      log.warn("Gmail sync of connection {} paused: {}", connection.getId(), e.getMessage());
      recordFailure(connection, e.getMessage());
    }
  }

  private void recordFailure(GmailConnection connection, String message) {
    states
        .findById(connection.getId())
        .ifPresent(
            fresh -> {
              fresh.failed(message, Instant.now(clock));
              states.save(fresh);
            });
  }
}
