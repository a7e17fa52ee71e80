package dk.renos.email.gmail.labels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues label changes and keeps the lead/quote → thread links they are found through. Every method
 * runs in the caller's transaction, so a change commits with the event that caused it.
 */
@Component
public class LabelChanges {

  enum Action {
    ADD,
    REMOVE
  }

  private final JdbcTemplate jdbc;

  private final Clock clock;

  LabelChanges(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void queue(UUID threadId, RenosLabel label, Action action) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.update(
        """
        insert into label_change (thread_id, label, action, status, next_attempt_at, created_at)
        values (?, ?, ?, 'PENDING', ?, ?)""",
        threadId,
        label.name(),
        action.name(),
        now,
        now);
  }

  void linkLead(UUID leadId, UUID threadId) {
    jdbc.update(
        "insert into lead_thread (lead_id, thread_id) values (?, ?) on conflict do nothing",
        leadId,
        threadId);
  }

  void linkQuote(UUID quoteId, UUID leadId) {
    jdbc.update(
        "insert into quote_lead (quote_id, lead_id) values (?, ?) on conflict do nothing",
        quoteId,
        leadId);
  }

  Optional<UUID> threadOfQuote(UUID quoteId) {
    return jdbc
        .queryForList(
            """
        select t.thread_id from quote_lead q join lead_thread t on t.lead_id = q.lead_id where q.quote_id = ?""",
            UUID.class,
            quoteId)
        .stream()
        .findFirst();
  }

  /**
   * Whether the thread's latest change of {@code label} added it (so removing it means something).
   */
  boolean carries(UUID threadId, RenosLabel label) {
    return jdbc
        .queryForList(
            "select action from label_change where thread_id = ? and label = ? order by id desc limit 1",
            String.class,
            threadId,
            label.name())
        .stream()
        .findFirst()
        .map(Action.ADD.name()::equals)
        .orElse(false);
  }
}
