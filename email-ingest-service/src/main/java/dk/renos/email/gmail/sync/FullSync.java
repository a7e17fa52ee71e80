package dk.renos.email.gmail.sync;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import dk.renos.email.gmail.GmailSettings;
import dk.renos.email.gmail.client.GmailCalls;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lists every message in the look-back window page by page and imports what is not stored yet. The
 * checkpoint (next page token, count done) is saved after every page, so a crash or restart resumes
 * at the page it was on; messages of that page that were stored already are recognised by their
 * Gmail id.
 */
@Component
class FullSync {

  private static final Logger log = LoggerFactory.getLogger(FullSync.class);

  private final GmailSyncStateRepository states;
  private final GmailMessageImporter importer;
  private final GmailCalls calls;
  private final GmailSettings settings;
  private final SyncProgress progress;
  private final Clock clock;

  FullSync(
      GmailSyncStateRepository states,
      GmailMessageImporter importer,
      GmailCalls calls,
      GmailSettings settings,
      SyncProgress progress,
      Clock clock) {
    this.states = states;
    this.importer = importer;
    this.calls = calls;
    this.settings = settings;
    this.progress = progress;
    this.clock = clock;
  }

  /** Runs the full sync to its end, or until {@code stopping}; returns the state as saved. */
  GmailSyncState run(GmailSyncState state, Gmail gmail, BooleanSupplier stopping) {
    if (!state.fullSyncBegun()) {
      // The historyId comes first: whatever changes while we list is in the history after it.
      var profile = calls.call("get profile", () -> gmail.users().getProfile("me").execute());
      Instant now = Instant.now(clock);
      state.beginFullSync(now.minus(settings.lookBack()), profile.getHistoryId(), now);
      state = states.save(state);
      log.info(
          "Gmail full sync ({}) of connection {} begins: messages after {}",
          state.getFullSyncReason(),
          state.getConnectionId(),
          state.getFullSyncAfter());
    }
    progress.started(state.getConnectionId(), state.getFullSyncDone());
    String query = "after:" + state.getFullSyncAfter().getEpochSecond();
    do {
      if (stopping.getAsBoolean()) {
        return state;
      }
      String pageToken = state.getFullSyncPageToken();
      ListMessagesResponse page =
          calls.call(
              "list messages",
              () ->
                  gmail
                      .users()
                      .messages()
                      .list("me")
                      .setQ(query)
                      .setMaxResults((long) settings.pageSize())
                      .setPageToken(pageToken)
                      .execute());
      List<String> ids =
          page.getMessages() == null
              ? List.of()
              : page.getMessages().stream().map(Message::getId).toList();
      // Only the initial sync is history; a repair sync (expired history id) may bring new mail.
      boolean backfill = GmailSyncState.INITIAL.equals(state.getFullSyncReason());
      ImportCounts counts = importer.importAll(state.getConnectionId(), gmail, ids, backfill);
      long estimate = page.getResultSizeEstimate() == null ? 0 : page.getResultSizeEstimate();
      state.pageDone(
          ids.size(),
          page.getNextPageToken(),
          (int)
              Math.min(
                  Integer.MAX_VALUE,
                  Math.max(estimate, (long) state.getFullSyncDone() + ids.size())));
      state = states.save(state);
      SyncProgress.Figures figures =
          progress.figures(
              state.getConnectionId(), state.getFullSyncDone(), state.getFullSyncTotal());
      log.info(
          "Gmail full sync of connection {}: {}/{} messages ({}%), {} per minute, ETA {} "
              + "(page: {} stored, {} known, {} skipped, {} gone)",
          state.getConnectionId(),
          figures.done(),
          figures.total(),
          figures.percent(),
          figures.ratePerMinute(),
          figures.eta(),
          counts.stored(),
          counts.known(),
          counts.skipped(),
          counts.gone());
    } while (state.getFullSyncPageToken() != null);
    state.finishFullSync(Instant.now(clock));
    state = states.save(state);
    progress.finished(state.getConnectionId());
    log.info(
        "Gmail full sync of connection {} finished: {} messages",
        state.getConnectionId(),
        state.getFullSyncDone());
    return state;
  }
}
