package dk.renos.lead.intake;

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
 * V4 rewrites extras and add_ons from ", "-joined text into JSON arrays: every row written before
 * reads back through {@link StringListConverter} as the list the old converter read from it.
 */
class ListColumnsMigrationIT {

  private static final List<String> STORED_BEFORE_V4 =
      Arrays.asList(
          null,
          "",
          "   ",
          "Ovn",
          "Ovn, Køleskab, Skabe indvendigt",
          "Vinduer,  Ovn",
          "a, , b",
          "Ovn, ",
          "Altan (ca. 10 m2), Trappe");

  @Test
  void extrasAndAddOnsStoredBeforeV4ReadBackAsTheSameLists() {
    try (MigrationSandbox db = new MigrationSandbox("lead")) {
      db.migrateTo("3");
      Map<UUID, String> stored = new HashMap<>();
      for (String value : STORED_BEFORE_V4) {
        UUID id = UUID.randomUUID();
        stored.put(id, value);
        db.jdbc()
            .update(
                "insert into "
                    + db.table("lead")
                    + " (id, source, status, received_at, created_at, extras, add_ons)"
                    + " values (?, 'WEBSITE', 'NEW', ?, ?, ?, ?)",
                id,
                Timestamp.from(Instant.EPOCH),
                Timestamp.from(Instant.EPOCH),
                value,
                value);
      }

      db.migrateTo("latest");

      db.jdbc()
          .query(
              "select id, extras, add_ons from " + db.table("lead"),
              row -> {
                List<String> before = readBeforeV4(stored.get(row.getObject("id", UUID.class)));
                assertThat(StringListConverter.decode(row.getString("extras"))).isEqualTo(before);
                assertThat(StringListConverter.decode(row.getString("add_ons"))).isEqualTo(before);
              });
      assertThat(
              db.jdbc().queryForObject("select count(*) from " + db.table("lead"), Integer.class))
          .isEqualTo(STORED_BEFORE_V4.size());
      assertThat(readBeforeV4("a, , b")).isEqualTo(List.of("a", "b"));
    }
  }

  /** How lead-service's converter read these columns before V4 (split on ", ", stripped). */
  private static List<String> readBeforeV4(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.stream(column.split(", ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
