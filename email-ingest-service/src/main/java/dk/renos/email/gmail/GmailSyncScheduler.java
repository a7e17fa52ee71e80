package dk.renos.email.gmail;

import dk.renos.email.background.BackgroundLoop;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import dk.renos.email.gmail.reconcile.Reconciliation;
import dk.renos.email.gmail.sync.MailboxSync;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs sync every {@code renos.gmail.poll-interval} and reconciliation every {@code
 * renos.gmail.reconcile-interval}, on one thread of its own (here, above both, because
 * reconciliation uses sync and sync must not know reconciliation), so a long initial sync never
 * delays the local mailbox or the web. On shutdown a running full sync stops after its current page
 * (its checkpoint is saved) and the thread is given time to finish.
 */
@Component
class GmailSyncScheduler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(GmailSyncScheduler.class);

  private final GmailSettings settings;
  private final GmailConnections connections;
  private final MailboxSync sync;
  private final Reconciliation reconciliation;
  private final BackgroundLoop loop = new BackgroundLoop("gmail-sync");

  GmailSyncScheduler(
      GmailSettings settings,
      GmailConnections connections,
      MailboxSync sync,
      Reconciliation reconciliation) {
    this.settings = settings;
    this.connections = connections;
    this.sync = sync;
    this.reconciliation = reconciliation;
  }

  @Override
  public void start() {
    if (!settings.enabled()) {
      log.info("Gmail sync is switched off (renos.gmail.enabled=false)");
      return;
    }
    loop.every(Duration.ZERO, settings.pollInterval(), this::syncAll);
    loop.every(settings.reconcileInterval(), settings.reconcileInterval(), this::reconcileAll);
  }

  private void syncAll() {
    for (GmailConnection connection : connections.connected()) {
      if (loop.stopping()) {
        return;
      }
      sync.syncOnce(connection, loop::stopping);
    }
  }

  private void reconcileAll() {
    for (GmailConnection connection : connections.connected()) {
      if (loop.stopping()) {
        return;
      }
      reconciliation.runIfIdle(connection);
    }
  }

  @Override
  public void stop() {
    // A full sync stops after its page (its checkpoint is saved); past 10 s, interrupt whatever
    // waits.
    loop.stop(Duration.ofSeconds(10));
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }
}
