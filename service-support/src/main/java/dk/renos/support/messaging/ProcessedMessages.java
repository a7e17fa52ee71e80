package dk.renos.support.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consumer side of exactly-once effects: an event id is recorded in {@code processed_message}
 * in the same transaction as the effect it caused. A redelivery finds its id and changes nothing; a
 * rolled-back effect leaves no id behind, so the retry runs again.
 */
public class ProcessedMessages {

  private final JdbcTemplate jdbc;
  private final String consumer;
  private final Clock clock;

  public ProcessedMessages(JdbcTemplate jdbc, String consumer, Clock clock) {
    this.jdbc = jdbc;
    this.consumer = consumer;
    this.clock = clock;
  }

  /**
   * Records the event as processed by this consumer. True the first time; false when it was already
   * processed (the caller then does nothing). Must run inside the effect's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean markProcessed(String eventId, String eventType) {
    int inserted =
        jdbc.update(
            """
                insert into processed_message (consumer, event_id, event_type, processed_at)
                values (?, ?, ?, ?) on conflict (consumer, event_id) do nothing""",
            consumer,
            eventId,
            eventType,
            Timestamp.from(Instant.now(clock)));
    return inserted == 1;
  }
}
