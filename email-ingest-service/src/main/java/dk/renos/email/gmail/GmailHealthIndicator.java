package dk.renos.email.gmail;

import dk.renos.email.gmail.connection.ConnectionStatus;
import dk.renos.email.gmail.reconcile.Reconciliation;
import dk.renos.email.gmail.reconcile.ReconciliationReport;
import dk.renos.email.gmail.sync.SyncStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Gmail as health sees it: DEGRADED (not DOWN: RenOS still works on stored mail, and readiness does
 * not include it) when a mailbox needs re-authorisation, the circuit breaker is open, or
 * reconciliation found messages it could not repair. The details say which.
 */
@Component("gmail")
class GmailHealthIndicator implements HealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED", "Gmail sync is impaired; see details");

  private final SyncStatus sync;
  private final Reconciliation reconciliation;

  GmailHealthIndicator(SyncStatus sync, Reconciliation reconciliation) {
    this.sync = sync;
    this.reconciliation = reconciliation;
  }

  @Override
  public Health health() {
    SyncStatus.View view = sync.view();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("circuitBreaker", view.circuitBreaker());
    boolean degraded = !"CLOSED".equals(view.circuitBreaker());
    for (SyncStatus.MailboxSyncView mailbox : view.mailboxes()) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("connection", mailbox.connectionStatus());
      if (mailbox.connectionStatus() == ConnectionStatus.NEEDS_REAUTHORISATION) {
        degraded = true;
        detail.put("reason", mailbox.connectionStatusReason());
      }
      detail.put("phase", mailbox.phase());
      if (mailbox.fullSync() != null && mailbox.fullSync().finishedAt() == null) {
        detail.put("fullSync", mailbox.fullSync().done() + "/" + mailbox.fullSync().total());
      }
      detail.put("lastSyncedAt", mailbox.lastSyncedAt());
      if (mailbox.lastError() != null) {
        detail.put("lastError", mailbox.lastError());
      }
      details.put(mailbox.mailbox(), detail);
    }
    for (ReconciliationReport report : reconciliation.all()) {
      if (report.unrepairedCount() > 0) {
        degraded = true;
      }
      details.put(
          "reconciliation:" + report.connectionId(),
          Map.of(
              "missing",
              report.missingCount(),
              "repaired",
              report.repairedCount(),
              "checkedAt",
              report.checkedAt()));
    }
    return Health.status(degraded ? DEGRADED : Status.UP).withDetails(details).build();
  }
}
