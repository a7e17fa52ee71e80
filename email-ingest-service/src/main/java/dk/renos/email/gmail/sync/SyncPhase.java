package dk.renos.email.gmail.sync;

public enum SyncPhase {
  /** Listing every message in the look-back window, page by page from a checkpoint. */
  FULL_SYNC,
  /** Following users.history from the stored historyId. */
  INCREMENTAL
}
