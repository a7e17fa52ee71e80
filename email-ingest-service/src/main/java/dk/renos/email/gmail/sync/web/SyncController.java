package dk.renos.email.gmail.sync.web;

import dk.renos.email.gmail.sync.SyncStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SyncController {

  private final SyncStatus status;

  SyncController(SyncStatus status) {
    this.status = status;
  }

  /**
   * Every mailbox: connection status, phase, full-sync progress (done/total, rate, ETA), last sync,
   * last error.
   */
  @GetMapping("/api/emails/sync")
  SyncStatus.View sync() {
    return status.view();
  }
}
