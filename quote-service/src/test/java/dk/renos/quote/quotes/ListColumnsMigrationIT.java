package dk.renos.quote.quotes;

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
 * V3 rewrites add_ons (","-joined) and explanation (one line each) into JSON arrays: every row
 * written before reads back through {@link StringListConverter} as the list Quote read from it.
 */
class ListColumnsMigrationIT {

  private static final List<String> ADD_ONS_BEFORE_V3 =
      List.of("", "OVEN", "OVEN,FRIDGE,WINDOWS", ",OVEN", "OVEN,,", ",,");

  private static final List<String> EXPLANATIONS_BEFORE_V3 =
      Arrays.asList(
          null,
          "",
          "Fast rengøring: 40 min. fast tid pr. besøg.",
          "Linje 1\nPris: 3,5 mandetimer × 349 kr = 1.221,50 kr, afrundet til 1.222 kr.",
          "Linje 1\n\nLinje 3",
          "Linje\n",
          "\n\n");

  @Test
  void addOnsAndExplanationsStoredBeforeV3ReadBackAsTheSameLists() {
    try (MigrationSandbox db = new MigrationSandbox("quote")) {
      db.migrateTo("2");
      Map<UUID, String> addOns = new HashMap<>();
      Map<UUID, String> explanations = new HashMap<>();
      int rows = Math.max(ADD_ONS_BEFORE_V3.size(), EXPLANATIONS_BEFORE_V3.size());
      for (int i = 0; i < rows; i++) {
        UUID id = UUID.randomUUID();
        addOns.put(id, ADD_ONS_BEFORE_V3.get(i % ADD_ONS_BEFORE_V3.size()));
        explanations.put(id, EXPLANATIONS_BEFORE_V3.get(i % EXPLANATIONS_BEFORE_V3.size()));
        db.jdbc()
            .update(
                "insert into "
                    + db.table("quote")
                    + " (id, lead_id, customer_id, status, service_type, add_ons, explanation,"
                    + " lead_received_at, created_at, updated_at)"
                    + " values (?, ?, ?, 'NEEDS_DETAILS', 'RECURRING', ?, ?, ?, ?, ?)",
                id,
                UUID.randomUUID(),
                UUID.randomUUID(),
                addOns.get(id),
                explanations.get(id),
                Timestamp.from(Instant.EPOCH),
                Timestamp.from(Instant.EPOCH),
                Timestamp.from(Instant.EPOCH));
      }

      db.migrateTo("latest");

      db.jdbc()
          .query(
              "select id, add_ons, explanation from " + db.table("quote"),
              row -> {
                UUID id = row.getObject("id", UUID.class);
                assertThat(StringListConverter.decode(row.getString("add_ons")))
                    .isEqualTo(addOnsBeforeV3(addOns.get(id)));
                assertThat(StringListConverter.decode(row.getString("explanation")))
                    .isEqualTo(explanationBeforeV3(explanations.get(id)));
              });
      assertThat(
              db.jdbc().queryForObject("select count(*) from " + db.table("quote"), Integer.class))
          .isEqualTo(rows);
    }
  }

  /** How Quote.getAddOns read the column before V3. */
  private static List<String> addOnsBeforeV3(String column) {
    return column.isEmpty() ? List.of() : List.of(column.split(","));
  }

  /** How Quote.getExplanation read the column before V3. */
  private static List<String> explanationBeforeV3(String column) {
    return column == null ? List.of() : Arrays.asList(column.split("\n"));
  }
}
