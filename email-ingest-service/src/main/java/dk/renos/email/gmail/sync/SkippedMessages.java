package dk.renos.email.gmail.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gmail messages RenOS chose not to store (blocklisted sender, draft, spam, trash, unparseable).
 * Recorded so that reconciliation can tell "skipped on purpose" from "missing".
 */
@Component
public class SkippedMessages {

  private final JdbcTemplate jdbc;

  private final Clock clock;

  SkippedMessages(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(UUID connectionId, String gmailId, String reason) {
    jdbc.update(
        """
        insert into gmail_skipped_message (connection_id, gmail_id, reason, skipped_at) values (?, ?, ?, ?)
        on conflict (connection_id, gmail_id) do update set reason = excluded.reason""",
        connectionId,
        gmailId,
        reason,
        java.sql.Timestamp.from(Instant.now(clock)));
  }

  public Set<String> of(UUID connectionId) {
    return new HashSet<>(
        jdbc.queryForList(
            "select gmail_id from gmail_skipped_message where connection_id = ?",
            String.class,
            connectionId));
  }

  Set<String> among(UUID connectionId, Collection<String> gmailIds) {
    if (gmailIds.isEmpty()) {
      return Set.of();
    }
    List<String> found =
        jdbc.queryForList(
            "select gmail_id from gmail_skipped_message where connection_id = ? and gmail_id = any (?)",
            String.class,
            connectionId,
            gmailIds.toArray(String[]::new));
    return new HashSet<>(found);
  }
}
