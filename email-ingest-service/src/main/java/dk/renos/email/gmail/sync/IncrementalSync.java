package dk.renos.email.gmail.sync;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.HistoryLabelAdded;
import com.google.api.services.gmail.model.HistoryLabelRemoved;
import com.google.api.services.gmail.model.HistoryMessageAdded;
import com.google.api.services.gmail.model.HistoryMessageDeleted;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.Message;
import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.client.GmailNotFoundException;
import dk.renos.email.message.EmailMessageRepository;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows {@code users.history.list} from the stored historyId: new messages are imported, deleted
 * ones marked deleted, relabelled ones get their current labels. The historyId moves on only after
 * every page has been applied, so a crash replays (idempotently) instead of skipping. When Gmail no
 * longer has the history (404), the connection goes back to a full sync of the look-back window,
 * which stores only what is missing.
 */
@Component
class IncrementalSync {

  private static final Logger log = LoggerFactory.getLogger(IncrementalSync.class);
  private static final List<String> TYPES =
      List.of("messageAdded", "messageDeleted", "labelAdded", "labelRemoved");

  private final GmailSyncStateRepository states;
  private final GmailMessageImporter importer;
  private final EmailMessageRepository messages;
  private final GmailCalls calls;
  private final TransactionTemplate transaction;
  private final Clock clock;

  IncrementalSync(
      GmailSyncStateRepository states,
      GmailMessageImporter importer,
      EmailMessageRepository messages,
      GmailCalls calls,
      TransactionTemplate transaction,
      Clock clock) {
    this.states = states;
    this.importer = importer;
    this.messages = messages;
    this.calls = calls;
    this.transaction = transaction;
    this.clock = clock;
  }

  GmailSyncState run(GmailSyncState state, Gmail gmail) {
    BigInteger start = state.getHistoryId();
    String pageToken = null;
    BigInteger latest = start;
    ImportCounts counts = ImportCounts.NONE;
    try {
      do {
        String token = pageToken;
        ListHistoryResponse page =
            calls.call(
                "list history",
                () ->
                    gmail
                        .users()
                        .history()
                        .list("me")
                        .setStartHistoryId(start)
                        .setHistoryTypes(TYPES)
                        .setMaxResults(500L)
                        .setPageToken(token)
                        .execute());
        counts =
            counts.plus(
                apply(state, gmail, page.getHistory() == null ? List.of() : page.getHistory()));
        latest = page.getHistoryId() != null ? page.getHistoryId() : latest;
        pageToken = page.getNextPageToken();
      } while (pageToken != null);
    } catch (GmailNotFoundException e) {
      log.warn(
          "Gmail history of connection {} no longer reaches historyId {}: full sync of the look-back window",
          state.getConnectionId(),
          start);
      state.startFullSync(GmailSyncState.HISTORY_EXPIRED);
      return states.save(state);
    }
    if (counts.total() > 0) {
      log.info(
          "Gmail incremental sync of connection {}: {} stored, {} known, {} skipped, {} gone (history {} -> {})",
          state.getConnectionId(),
          counts.stored(),
          counts.known(),
          counts.skipped(),
          counts.gone(),
          start,
          latest);
    }
    state.historyDone(latest, Instant.now(clock));
    return states.save(state);
  }

  private ImportCounts apply(GmailSyncState state, Gmail gmail, List<History> history) {
    Set<String> added = new LinkedHashSet<>();
    Set<String> deleted = new LinkedHashSet<>();
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (History record : history) {
      for (HistoryMessageAdded entry : nullSafe(record.getMessagesAdded())) {
        added.add(entry.getMessage().getId());
      }
      for (HistoryMessageDeleted entry : nullSafe(record.getMessagesDeleted())) {
        String id = entry.getMessage().getId();
        added.remove(id);
        labels.remove(id);
        deleted.add(id);
      }
      for (HistoryLabelAdded entry : nullSafe(record.getLabelsAdded())) {
        labels.put(entry.getMessage().getId(), labelsOf(entry.getMessage()));
      }
      for (HistoryLabelRemoved entry : nullSafe(record.getLabelsRemoved())) {
        labels.put(entry.getMessage().getId(), labelsOf(entry.getMessage()));
      }
    }
    labels.keySet().removeAll(added); // fetched now, so their labels are newer than the history's
    ImportCounts counts =
        importer.importAll(state.getConnectionId(), gmail, new ArrayList<>(added));
    transaction.executeWithoutResult(
        status -> {
          if (!deleted.isEmpty()) {
            messages.markDeletedInGmail(deleted, Instant.now(clock));
          }
          labels.forEach(messages::updateLabels);
        });
    return counts;
  }

  private static List<String> labelsOf(Message message) {
    return message.getLabelIds() == null ? List.of() : message.getLabelIds();
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
