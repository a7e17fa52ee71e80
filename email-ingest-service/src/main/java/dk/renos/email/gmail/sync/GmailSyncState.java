package dk.renos.email.gmail.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/**
 * The checkpoint of one connection's sync. A full sync records its next page after every page, so a
 * crash resumes there; {@code historyId} is taken from Gmail before the full sync lists anything,
 * so mail that arrives meanwhile is picked up by the incremental sync that follows.
 */
@Entity
@Table(name = "gmail_sync_state")
public class GmailSyncState {

  public static final String INITIAL = "INITIAL";
  public static final String HISTORY_EXPIRED = "HISTORY_EXPIRED";

  @Id
  @Column(name = "connection_id")
  private UUID connectionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SyncPhase phase;

  @Column(name = "full_sync_reason", length = 40)
  private String fullSyncReason;

  @Column(name = "full_sync_after")
  private Instant fullSyncAfter;

  @Column(name = "full_sync_page_token", columnDefinition = "text")
  private String fullSyncPageToken;

  @Column(name = "full_sync_total", nullable = false)
  private int fullSyncTotal;

  @Column(name = "full_sync_done", nullable = false)
  private int fullSyncDone;

  @Column(name = "full_sync_started_at")
  private Instant fullSyncStartedAt;

  @Column(name = "full_sync_finished_at")
  private Instant fullSyncFinishedAt;

  @Column(name = "history_id", precision = 20)
  private BigInteger historyId;

  @Column(name = "last_synced_at")
  private Instant lastSyncedAt;

  @Column(name = "last_error", columnDefinition = "text")
  private String lastError;

  @Column(name = "last_error_at")
  private Instant lastErrorAt;

  protected GmailSyncState() {}

  static GmailSyncState initial(UUID connectionId) {
    GmailSyncState state = new GmailSyncState();
    state.connectionId = connectionId;
    state.startFullSync(INITIAL);
    return state;
  }

  /** Starts over with a full sync of the look-back window (already stored messages are skipped). */
  void startFullSync(String reason) {
    phase = SyncPhase.FULL_SYNC;
    fullSyncReason = reason;
    fullSyncAfter = null;
    fullSyncPageToken = null;
    fullSyncTotal = 0;
    fullSyncDone = 0;
    fullSyncStartedAt = null;
    fullSyncFinishedAt = null;
  }

  boolean fullSyncBegun() {
    return fullSyncStartedAt != null;
  }

  void beginFullSync(Instant after, BigInteger startHistoryId, Instant now) {
    fullSyncAfter = after;
    historyId = startHistoryId;
    fullSyncStartedAt = now;
  }

  void pageDone(int messages, String nextPageToken, int total) {
    fullSyncDone += messages;
    fullSyncTotal = Math.max(total, fullSyncDone);
    fullSyncPageToken = nextPageToken;
  }

  void finishFullSync(Instant now) {
    phase = SyncPhase.INCREMENTAL;
    fullSyncPageToken = null;
    fullSyncTotal = fullSyncDone;
    fullSyncFinishedAt = now;
  }

  void historyDone(BigInteger newHistoryId, Instant now) {
    if (newHistoryId != null && (historyId == null || newHistoryId.compareTo(historyId) > 0)) {
      historyId = newHistoryId;
    }
    lastSyncedAt = now;
    lastError = null;
    lastErrorAt = null;
  }

  void failed(String error, Instant now) {
    lastError = error;
    lastErrorAt = now;
  }

  public UUID getConnectionId() {
    return connectionId;
  }

  public SyncPhase getPhase() {
    return phase;
  }

  public String getFullSyncReason() {
    return fullSyncReason;
  }

  public Instant getFullSyncAfter() {
    return fullSyncAfter;
  }

  public String getFullSyncPageToken() {
    return fullSyncPageToken;
  }

  public int getFullSyncTotal() {
    return fullSyncTotal;
  }

  public int getFullSyncDone() {
    return fullSyncDone;
  }

  public Instant getFullSyncStartedAt() {
    return fullSyncStartedAt;
  }

  public Instant getFullSyncFinishedAt() {
    return fullSyncFinishedAt;
  }

  public BigInteger getHistoryId() {
    return historyId;
  }

  public Instant getLastSyncedAt() {
    return lastSyncedAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getLastErrorAt() {
    return lastErrorAt;
  }
}
