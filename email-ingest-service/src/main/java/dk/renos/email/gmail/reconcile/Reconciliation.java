package dk.renos.email.gmail.reconcile;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import dk.renos.email.gmail.GmailSettings;
import dk.renos.email.gmail.client.GmailAuthorisationException;
import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.client.GmailUnavailableException;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import dk.renos.email.gmail.sync.GmailMessageImporter;
import dk.renos.email.gmail.sync.ImportCounts;
import dk.renos.email.gmail.sync.MailboxSync;
import dk.renos.email.gmail.sync.SkippedMessages;
import dk.renos.email.message.EmailMessageRepository;
import dk.renos.support.persistence.StringListConverter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Proves sync missed nothing: lists every Gmail message id in the look-back window, subtracts what
 * is stored or was skipped on purpose, reports the gap (count and ids) and repairs it by importing
 * the missing messages. Runs on a schedule and on demand ({@code POST /api/emails/reconciliation}).
 */
@Service
public class Reconciliation {

  private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
  private static final int MAX_IDS_KEPT = 1000;

  private final GmailConnections connections;
  private final EmailMessageRepository messages;
  private final SkippedMessages skipped;
  private final GmailMessageImporter importer;
  private final GmailCalls calls;
  private final GmailSettings settings;
  private final JdbcTemplate jdbc;
  private final MailboxSync sync;
  private final Clock clock;

  Reconciliation(
      GmailConnections connections,
      EmailMessageRepository messages,
      SkippedMessages skipped,
      GmailMessageImporter importer,
      GmailCalls calls,
      GmailSettings settings,
      JdbcTemplate jdbc,
      MailboxSync sync,
      MeterRegistry meters,
      Clock clock) {
    this.connections = connections;
    this.messages = messages;
    this.skipped = skipped;
    this.importer = importer;
    this.calls = calls;
    this.settings = settings;
    this.jdbc = jdbc;
    this.sync = sync;
    Gauge.builder(
            "renos.gmail.reconciliation.missing",
            this,
            r -> r.all().stream().mapToInt(ReconciliationReport::missingCount).sum())
        .description("Gmail messages the latest reconciliation found missing from the store")
        .register(meters);
    Gauge.builder(
            "renos.gmail.reconciliation.unrepaired",
            this,
            r -> r.all().stream().mapToInt(ReconciliationReport::unrepairedCount).sum())
        .description("Missing Gmail messages the latest repair could not store yet")
        .register(meters);
    this.clock = clock;
  }

  /**
   * Reconciles unless a sync of the mailbox is running in another replica (then the next run does
   * it).
   */
  public Optional<ReconciliationReport> runIfIdle(GmailConnection connection) {
    ReconciliationReport[] report = new ReconciliationReport[1];
    try {
      sync.underLock(connection, () -> report[0] = reconcile(connection));
    } catch (GmailAuthorisationException e) {
      connections.markNeedsReauthorisation(connection.getId(), e.getMessage());
    }
    return Optional.ofNullable(report[0]);
  }

  private ReconciliationReport reconcile(GmailConnection connection) {
    if (!sync.fullSyncFinished(connection.getId())) {
      return null; // during a full sync the gap is expected, and the sync is filling it
    }
    Gmail gmail = connections.gmail(connection);
    Instant after = Instant.now(clock).minus(settings.lookBack());
    List<String> inGmail = listIds(gmail, after);
    Set<String> accounted = new HashSet<>(messages.findGmailIdsByConnection(connection.getId()));
    accounted.addAll(skipped.of(connection.getId()));
    List<String> missing = inGmail.stream().filter(id -> !accounted.contains(id)).toList();
    int repaired = 0;
    if (!missing.isEmpty()) {
      log.warn(
          "Reconciliation of Gmail connection {} found {} of {} messages missing; repairing",
          connection.getId(),
          missing.size(),
          inGmail.size());
      try {
        ImportCounts counts = importer.importAll(connection.getId(), gmail, missing);
        repaired = counts.total();
      } catch (GmailUnavailableException e) {
        log.warn("Repair of Gmail connection {} stopped: {}", connection.getId(), e.getMessage());
      }
    }
    ReconciliationReport report =
        new ReconciliationReport(
            connection.getId(),
            Instant.now(clock),
            after,
            inGmail.size(),
            inGmail.size() - missing.size(),
            missing.size(),
            missing.subList(0, Math.min(MAX_IDS_KEPT, missing.size())),
            repaired);
    save(report);
    log.info(
        "Reconciliation of Gmail connection {}: {} in Gmail, {} accounted for, {} missing, {} repaired",
        connection.getId(),
        report.gmailCount(),
        report.storedCount(),
        report.missingCount(),
        repaired);
    return report;
  }

  private List<String> listIds(Gmail gmail, Instant after) {
    List<String> ids = new ArrayList<>();
    String query = "after:" + after.getEpochSecond();
    String pageToken = null;
    do {
      String token = pageToken;
      ListMessagesResponse page =
          calls.call(
              "list message ids",
              () ->
                  gmail
                      .users()
                      .messages()
                      .list("me")
                      .setQ(query)
                      .setMaxResults(500L)
                      .setPageToken(token)
                      .setFields("messages/id,nextPageToken")
                      .execute());
      if (page.getMessages() != null) {
        page.getMessages().stream().map(Message::getId).forEach(ids::add);
      }
      pageToken = page.getNextPageToken();
    } while (pageToken != null);
    return ids;
  }

  private void save(ReconciliationReport report) {
    jdbc.update(
        """
        insert into gmail_reconciliation (connection_id, checked_at, window_after, gmail_count, stored_count,
            missing_count, missing_ids, repaired_count) values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (connection_id) do update set checked_at = excluded.checked_at,
            window_after = excluded.window_after, gmail_count = excluded.gmail_count,
            stored_count = excluded.stored_count, missing_count = excluded.missing_count,
            missing_ids = excluded.missing_ids, repaired_count = excluded.repaired_count""",
        report.connectionId(),
        Timestamp.from(report.checkedAt()),
        Timestamp.from(report.windowAfter()),
        report.gmailCount(),
        report.storedCount(),
        report.missingCount(),
        StringListConverter.encode(report.missingIds()),
        report.repairedCount());
  }

  /**
   * The latest report of every connection, from the database (so every replica answers the same).
   */
  public List<ReconciliationReport> all() {
    return jdbc.query(
        "select * from gmail_reconciliation order by checked_at desc",
        (row, n) ->
            new ReconciliationReport(
                row.getObject("connection_id", UUID.class),
                row.getTimestamp("checked_at").toInstant(),
                row.getTimestamp("window_after").toInstant(),
                row.getInt("gmail_count"),
                row.getInt("stored_count"),
                row.getInt("missing_count"),
                StringListConverter.decode(row.getString("missing_ids")),
                row.getInt("repaired_count")));
  }
}
