package dk.renos.email.gmail.labels;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ModifyThreadRequest;
import dk.renos.email.background.BackgroundLoop;
import dk.renos.email.gmail.GmailSettings;
import dk.renos.email.gmail.client.GmailAuthorisationException;
import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.client.GmailNotFoundException;
import dk.renos.email.gmail.client.GmailRequestException;
import dk.renos.email.gmail.client.GmailUnavailableException;
import dk.renos.email.gmail.connection.ConnectionStatus;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies queued label changes to Gmail threads, oldest first, one threads.modify per thread. Also
 * creates RenOS's labels in every connected mailbox. Changes are claimed with {@code FOR UPDATE
 * SKIP LOCKED}, so replicas share the work; a change that fails because Gmail is away stays pending
 * with a growing delay.
 */
@Component
class LabelApplier implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LabelApplier.class);
  private static final int BATCH = 200;
  private static final Duration MAX_DELAY = Duration.ofMinutes(10);

  private record Change(
      long id, UUID threadId, RenosLabel label, LabelChanges.Action action, int attempts) {}

  private record GmailThread(String gmailThreadId, UUID connectionId) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final GmailConnections connections;
  private final GmailLabels labels;
  private final GmailCalls calls;
  private final GmailSettings settings;
  private final Set<UUID> labelsEnsured = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final BackgroundLoop loop = new BackgroundLoop("gmail-labels");

  private final Clock clock;

  LabelApplier(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      GmailConnections connections,
      GmailLabels labels,
      GmailCalls calls,
      GmailSettings settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.connections = connections;
    this.labels = labels;
    this.calls = calls;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * One pass: create missing labels, then apply due changes. Returns how many changes it settled.
   */
  int applyDue() {
    for (GmailConnection connection : connections.connected()) {
      if (!labelsEnsured.contains(connection.getId())) {
        try {
          labels.ensure(connection.getId(), connections.gmail(connection));
          labelsEnsured.add(connection.getId());
        } catch (GmailUnavailableException | GmailAuthorisationException e) {
          log.warn(
              "RenOS labels not yet created in Gmail connection {}: {}",
              connection.getId(),
              e.getMessage());
        }
      }
    }
    Integer settled = transaction.execute(status -> applyBatch());
    return settled == null ? 0 : settled;
  }

  private int applyBatch() {
    List<Change> due =
        jdbc.query(
            """
        select id, thread_id, label, action, attempts from label_change
        where status = 'PENDING' and next_attempt_at <= now() order by id limit ? for update skip locked""",
            (row, n) ->
                new Change(
                    row.getLong("id"),
                    row.getObject("thread_id", UUID.class),
                    RenosLabel.valueOf(row.getString("label")),
                    LabelChanges.Action.valueOf(row.getString("action")),
                    row.getInt("attempts")),
            BATCH);
    Map<UUID, List<Change>> byThread = new LinkedHashMap<>();
    due.forEach(
        change -> byThread.computeIfAbsent(change.threadId(), t -> new ArrayList<>()).add(change));
    int settled = 0;
    for (Map.Entry<UUID, List<Change>> entry : byThread.entrySet()) {
      settled += applyToThread(entry.getKey(), entry.getValue());
    }
    return settled;
  }

  private int applyToThread(UUID threadId, List<Change> changes) {
    GmailThread target = gmailThreadOf(threadId);
    if (target == null) {
      mark(changes, "NOT_IN_GMAIL", null); // a local-mailbox thread: nothing in Gmail to label
      return changes.size();
    }
    GmailConnection connection = connections.find(target.connectionId()).orElse(null);
    if (connection == null || connection.getStatus() != ConnectionStatus.CONNECTED) {
      retryLater(changes, "Gmail connection is not connected");
      return 0;
    }
    try {
      Gmail gmail = connections.gmail(connection);
      Map<RenosLabel, String> ids = labels.ensure(connection.getId(), gmail);
      Map<RenosLabel, LabelChanges.Action> net = new LinkedHashMap<>();
      changes.forEach(
          change -> net.put(change.label(), change.action())); // the latest change of a label wins
      List<String> add = new ArrayList<>();
      List<String> remove = new ArrayList<>();
      net.forEach(
          (label, action) ->
              (action == LabelChanges.Action.ADD ? add : remove).add(ids.get(label)));
      calls.call(
          "modify thread labels",
          () ->
              gmail
                  .users()
                  .threads()
                  .modify(
                      "me",
                      target.gmailThreadId(),
                      new ModifyThreadRequest().setAddLabelIds(add).setRemoveLabelIds(remove))
                  .execute());
      mark(changes, "APPLIED", null);
      return changes.size();
    } catch (GmailUnavailableException e) {
      retryLater(changes, e.getMessage());
      return 0;
    } catch (GmailAuthorisationException e) {
      connections.markNeedsReauthorisation(connection.getId(), e.getMessage());
      retryLater(changes, e.getMessage());
      return 0;
    } catch (GmailNotFoundException | GmailRequestException e) {
      // The thread is gone from Gmail, or a label id went stale: forget label ids, and do not retry
      // forever.
      labels.forget(connection.getId());
      labelsEnsured.remove(connection.getId());
      if (changes.getFirst().attempts() >= 2) {
        mark(changes, "FAILED", e.getMessage());
        return changes.size();
      }
      retryLater(changes, e.getMessage());
      return 0;
    }
  }

  private GmailThread gmailThreadOf(UUID threadId) {
    return jdbc
        .query(
            """
        select t.gmail_thread_id, m.connection_id from email_thread t
        join email_message m on m.thread_id = t.id and m.connection_id is not null
        where t.id = ? and t.gmail_thread_id is not null limit 1""",
            (row, n) -> new GmailThread(row.getString(1), row.getObject(2, UUID.class)),
            threadId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private void mark(List<Change> changes, String status, String error) {
    for (Change change : changes) {
      jdbc.update(
          "update label_change set status = ?, last_error = ?, applied_at = ?, attempts = attempts + 1 "
              + "where id = ?",
          status,
          error,
          Timestamp.from(Instant.now(clock)),
          change.id());
    }
  }

  private void retryLater(List<Change> changes, String error) {
    for (Change change : changes) {
      long seconds = Math.min(MAX_DELAY.toSeconds(), 1L << Math.min(20, change.attempts() + 1));
      jdbc.update(
          "update label_change set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
          error,
          Timestamp.from(Instant.now(clock).plusSeconds(seconds)),
          change.id());
    }
  }

  @Override
  public void start() {
    if (settings.enabled()) {
      loop.every(Duration.ofSeconds(1), settings.pollInterval(), this::applyDue);
    }
  }

  @Override
  public void stop() {
    loop.stop(Duration.ofSeconds(10)); // pending changes stay pending: the next start applies them
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }
}
