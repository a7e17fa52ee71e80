package dk.renos.email.gmail.reconcile.web;

import dk.renos.email.gmail.client.GmailUnavailableException;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import dk.renos.email.gmail.reconcile.Reconciliation;
import dk.renos.email.gmail.reconcile.ReconciliationReport;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/emails/reconciliation")
class ReconciliationController {

  private static final int ATTEMPTS = 50;

  private final Reconciliation reconciliation;
  private final GmailConnections connections;

  ReconciliationController(Reconciliation reconciliation, GmailConnections connections) {
    this.reconciliation = reconciliation;
    this.connections = connections;
  }

  /** The latest report per mailbox: Gmail's count, stored, missing (with ids) and repaired. */
  @GetMapping
  List<ReconciliationReport> latest() {
    return reconciliation.all();
  }

  /**
   * Reconciles every connected mailbox now and answers the reports. A mailbox whose sync holds it
   * is waited for (briefly); one still in its full sync is left out, since its gap is still being
   * filled.
   */
  @PostMapping
  ResponseEntity<?> runNow() throws InterruptedException {
    List<ReconciliationReport> reports = new ArrayList<>();
    for (GmailConnection connection : connections.connected()) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        var report = reconciliation.runIfIdle(connection);
        if (report.isPresent()) {
          reports.add(report.get());
          break;
        }
        Thread.sleep(200);
      }
    }
    if (reports.isEmpty() && !connections.connected().isEmpty()) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT,
              "No mailbox could be reconciled now: each is in its full sync or busy. Try again shortly.");
      problem.setTitle("Reconciliation not run");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    return ResponseEntity.ok(reports);
  }

  @ExceptionHandler(GmailUnavailableException.class)
  ProblemDetail gmailUnavailable(GmailUnavailableException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setTitle("Gmail unavailable");
    return problem;
  }
}
