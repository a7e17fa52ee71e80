package dk.renos.email.message;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.support.persistence.StringListConverter;
import dk.renos.testsupport.MigrationSandbox;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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

  @Test
  void listsStoredBeforeV6ReadBackAsTheSameLists() {
    try (MigrationSandbox db = new MigrationSandbox("email")) {
      db.migrateTo("5");
      Timestamp epoch = Timestamp.from(Instant.EPOCH);
      UUID thread = UUID.randomUUID();
      db.jdbc()
          .update(
              "insert into "
                  + db.table("email_thread")
                  + " (id, subject, first_message_at, last_message_at, message_count,"
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
        db.jdbc()
            .update(
                "insert into "
                    + db.table("email_message")
                    + " (id, thread_id, message_id, sender, received_at, subject,"
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
      db.jdbc()
          .update(
              "insert into "
                  + db.table("gmail_connection")
                  + " (id, mailbox, kind, secret_ciphertext, status, status_changed_at,"
                  + " created_at) values (?, 'info@firma.dk', 'OAUTH', ?, 'CONNECTED', ?, ?)",
              connection,
              new byte[] {1},
              epoch,
              epoch);
      db.jdbc()
          .update(
              "insert into "
                  + db.table("gmail_reconciliation")
                  + " (connection_id, checked_at, window_after, gmail_count,"
                  + " stored_count, missing_count, missing_ids, repaired_count)"
                  + " values (?, ?, ?, 3, 1, 2, '18c1 18c2', 0)",
              connection,
              epoch,
              epoch);

      db.migrateTo("latest");

      db.jdbc()
          .query(
              "select id, to_addresses, reference_ids, label_ids from " + db.table("email_message"),
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
              db.jdbc()
                  .queryForObject(
                      "select count(*) from " + db.table("email_message"), Integer.class))
          .isEqualTo(rows);
      assertThat(
              StringListConverter.decode(
                  db.jdbc()
                      .queryForObject(
                          "select missing_ids from " + db.table("gmail_reconciliation"),
                          String.class)))
          .isEqualTo(List.of("18c1", "18c2"));
    }
  }

  /** How EmailMessage read these columns before V6. */
  private static List<String> readBeforeV6(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
  }
}
