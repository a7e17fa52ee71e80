package dk.renos.email.gmail.sync;

import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.connection.ConnectionStatus;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Where every mailbox's sync stands: for {@code GET /api/emails/sync}, health and metrics. */
@Component
public class SyncStatus {

  private final GmailConnections connections;
  private final GmailSyncStateRepository states;
  private final SyncProgress progress;
  private final GmailCalls calls;

  SyncStatus(
      GmailConnections connections,
      GmailSyncStateRepository states,
      SyncProgress progress,
      GmailCalls calls) {
    this.connections = connections;
    this.states = states;
    this.progress = progress;
    this.calls = calls;
  }

  public record FullSyncView(
      String reason,
      Instant windowAfter,
      int done,
      int total,
      Double percent,
      Double ratePerMinute,
      Duration eta,
      Instant startedAt,
      Instant finishedAt) {}

  public record MailboxSyncView(
      UUID connectionId,
      String mailbox,
      ConnectionStatus connectionStatus,
      String connectionStatusReason,
      SyncPhase phase,
      FullSyncView fullSync,
      BigInteger historyId,
      Instant lastSyncedAt,
      String lastError,
      Instant lastErrorAt) {}

  public record View(String circuitBreaker, List<MailboxSyncView> mailboxes) {}

  public View view() {
    return new View(calls.breakerState().name(), connections.all().stream().map(this::of).toList());
  }

  private MailboxSyncView of(GmailConnection connection) {
    GmailSyncState state = states.findById(connection.getId()).orElse(null);
    if (state == null) {
      return new MailboxSyncView(
          connection.getId(),
          connection.getMailbox(),
          connection.getStatus(),
          connection.getStatusReason(),
          SyncPhase.FULL_SYNC,
          null,
          null,
          null,
          null,
          null);
    }
    SyncProgress.Figures figures =
        progress.figures(connection.getId(), state.getFullSyncDone(), state.getFullSyncTotal());
    FullSyncView full =
        new FullSyncView(
            state.getFullSyncReason(),
            state.getFullSyncAfter(),
            figures.done(),
            figures.total(),
            figures.percent(),
            figures.ratePerMinute(),
            figures.eta(),
            state.getFullSyncStartedAt(),
            state.getFullSyncFinishedAt());
    return new MailboxSyncView(
        connection.getId(),
        connection.getMailbox(),
        connection.getStatus(),
        connection.getStatusReason(),
        state.getPhase(),
        full,
        state.getHistoryId(),
        state.getLastSyncedAt(),
        state.getLastError(),
        state.getLastErrorAt());
  }
}
