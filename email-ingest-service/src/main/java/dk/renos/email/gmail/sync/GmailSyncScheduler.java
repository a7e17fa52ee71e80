package dk.renos.email.gmail.sync;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.renos.email.gmail.GmailSettings;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import dk.renos.email.gmail.reconcile.Reconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs sync every {@code renos.gmail.poll-interval} and reconciliation every
 * {@code renos.gmail.reconcile-interval}, on one thread of its own, so a long initial sync never delays the
 * local mailbox or the web. On shutdown a running full sync stops after its current page (its checkpoint is
 * saved) and the thread is given time to finish.
 */
@Component
class GmailSyncScheduler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(GmailSyncScheduler.class);

  private final GmailSettings settings;
  private final GmailConnections connections;
  private final MailboxSync sync;
  private final Reconciliation reconciliation;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private ScheduledExecutorService executor;

  GmailSyncScheduler(GmailSettings settings, GmailConnections connections, MailboxSync sync,
      Reconciliation reconciliation) {
    this.settings = settings;
    this.connections = connections;
    this.sync = sync;
    this.reconciliation = reconciliation;
  }

  @Override
  public synchronized void start() {
    if (!settings.enabled()) {
      log.info("Gmail sync is switched off (renos.gmail.enabled=false)");
      return;
    }
    stopping.set(false);
    executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("gmail-sync").factory());
    executor.scheduleWithFixedDelay(() -> guarded("sync", this::syncAll), 0,
        settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(() -> guarded("reconciliation", this::reconcileAll),
        settings.reconcileInterval().toMillis(), settings.reconcileInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void syncAll() {
    for (GmailConnection connection : connections.connected()) {
      if (stopping.get()) {
        return;
      }
      sync.syncOnce(connection, stopping::get);
    }
  }

  private void reconcileAll() {
    for (GmailConnection connection : connections.connected()) {
      if (stopping.get()) {
        return;
      }
      reconciliation.runIfIdle(connection);
    }
  }

  /** A scheduled task that throws is never run again: keep every failure inside. */
  private void guarded(String what, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("Gmail {} pass failed; the next pass retries", what, e);
    }
  }

  @Override
  public synchronized void stop() {
    stopping.set(true);
    if (executor != null) {
      executor.shutdown();
      try {
        // A full sync stops after its page (its checkpoint is saved); past 10 s, interrupt whatever waits.
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
