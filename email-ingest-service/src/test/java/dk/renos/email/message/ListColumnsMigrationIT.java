package dk.renos.email.message;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.support.persistence.StringListConverter;
import dk.renos.testsupport.RealInfrastructure;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V6 rewrites to_addresses (one per line), reference_ids, label_ids and missing_ids (space
 * separated) into JSON arrays: every row written before reads back through {@link
 * StringListConverter} as the list the code read from it.
 */
class ListColumnsMigrationIT {

  private static final List<String> ADDRESSES = List.of("", "a@x.dk", "a@x.dk\nb@y.dk", "a@x.dk\n");
  private static final List<String> REFERENCES =
      List.of("", "<a@x.dk>", "<a@x.dk> <b@y.dk>", " <a@x.dk>", "<a@x.dk> ");
  private static final List<String> LABELS =
      List.of("", "INBOX", "INBOX UNREAD Label_12", "INBOX  UNREAD");

  private final String schema = "email_lists_it_" + UUID.randomUUID().toString().replace("-", "");
  private final SimpleDriverDataSource db = dataSource();
  private final JdbcTemplate jdbc = new JdbcTemplate(db);

  private static SimpleDriverDataSource dataSource() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(), infra.jdbcUrl(), infra.jdbcUsername(), infra.jdbcPassword());
  }

  private Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(db)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  @AfterEach
  void dropSchema() {
    jdbc.execute("drop schema if exists " + schema + " cascade");
  }

  @Test
  void listsStoredBeforeV6ReadBackAsTheSameLists() {
    flyway("5").migrate();
    Timestamp epoch = Timestamp.from(Instant.EPOCH);
    UUID thread = UUID.randomUUID();
    jdbc.update(
        "insert into "
            + schema
            + ".email_thread (id, subject, first_message_at, last_message_at, message_count,"
            + " created_at) values (?, 'Tilbud', ?, ?, 0, ?)",
        thread,
        epoch,
        epoch,
        epoch);
    Map<UUID, List<String>> stored = new HashMap<>();
    int rows = Math.max(ADDRESSES.size(), Math.max(REFERENCES.size(), LABELS.size()));
    for (int i = 0; i < rows; i++) {
      UUID id = UUID.randomUUID();
      List<String> row =
          List.of(
              ADDRESSES.get(i % ADDRESSES.size()),
              REFERENCES.get(i % REFERENCES.size()),
              LABELS.get(i % LABELS.size()));
      stored.put(id, row);
      jdbc.update(
          "insert into "
              + schema
              + ".email_message (id, thread_id, message_id, sender, received_at, subject,"
              + " body_text, to_addresses, reference_ids, label_ids)"
              + " values (?, ?, ?, 'kunde@example.dk', ?, 'Tilbud', 'Hej', ?, ?, ?)",
          id,
          thread,
          "<" + id + "@example.dk>",
          epoch,
          row.get(0),
          row.get(1),
          row.get(2));
    }
    UUID connection = UUID.randomUUID();
    jdbc.update(
        "insert into "
            + schema
            + ".gmail_connection (id, mailbox, kind, secret_ciphertext, status, status_changed_at,"
            + " created_at) values (?, 'info@firma.dk', 'OAUTH', ?, 'CONNECTED', ?, ?)",
        connection,
        new byte[] {1},
        epoch,
        epoch);
    jdbc.update(
        "insert into "
            + schema
            + ".gmail_reconciliation (connection_id, checked_at, window_after, gmail_count,"
            + " stored_count, missing_count, missing_ids, repaired_count)"
            + " values (?, ?, ?, 3, 1, 2, '18c1 18c2', 0)",
        connection,
        epoch,
        epoch);

    flyway("latest").migrate();

    jdbc.query(
        "select id, to_addresses, reference_ids, label_ids from " + schema + ".email_message",
        row -> {
          List<String> before = stored.get(row.getObject("id", UUID.class));
          assertThat(StringListConverter.decode(row.getString("to_addresses")))
              .isEqualTo(readBeforeV6(before.get(0), "\n"));
          assertThat(StringListConverter.decode(row.getString("reference_ids")))
              .isEqualTo(readBeforeV6(before.get(1), " "));
          assertThat(StringListConverter.decode(row.getString("label_ids")))
              .isEqualTo(readBeforeV6(before.get(2), " "));
        });
    assertThat(
            jdbc.queryForObject("select count(*) from " + schema + ".email_message", Integer.class))
        .isEqualTo(rows);
    assertThat(
            StringListConverter.decode(
                jdbc.queryForObject(
                    "select missing_ids from " + schema + ".gmail_reconciliation", String.class)))
        .isEqualTo(List.of("18c1", "18c2"));
  }

  /** How EmailMessage read these columns before V6. */
  private static List<String> readBeforeV6(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
  }
}
