package dk.renos.chat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows put straight into the read models for tests of the answers (ReadModelIT proves the rows come
 * from the topics; the answers need only the rows).
 */
public final class ReadModelRows {

  private final JdbcTemplate jdbc;

  public ReadModelRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void clear() {
    for (String table :
        new String[] {
          "rm_email_participant",
          "rm_email_thread",
          "rm_booking",
          "rm_quote",
          "rm_lead",
          "rm_customer"
        }) {
      jdbc.update("DELETE FROM " + table);
    }
  }

  public UUID customer(String name, String email, String phone, String address, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO rm_customer (id, name, email, phone, address, created_at) VALUES (?,?,?,?,?,?)",
        id,
        name,
        email,
        phone,
        address,
        Timestamp.from(at));
    return id;
  }

  public UUID lead(UUID customer, String source, String serviceType, Integer areaSqm, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO rm_lead (id, customer_id, source, service_type, area_sqm, received_at)"
            + " VALUES (?,?,?,?,?,?)",
        id,
        customer,
        source,
        serviceType,
        areaSqm,
        Timestamp.from(at));
    return id;
  }

  /** A quote at {@code stage} (1 drafted, 2 sent, 3 accepted), drafted and sent at {@code at}. */
  public UUID quote(UUID lead, UUID customer, long priceOre, int stage, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO rm_quote (id, lead_id, customer_id, service_type, price_incl_vat_ore,"
            + " visit_minutes, stage, drafted_at, sent_at, accepted_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        id,
        lead,
        customer,
        "RECURRING",
        priceOre,
        180,
        stage,
        Timestamp.from(at),
        stage >= 2 ? Timestamp.from(at) : null,
        stage >= 3 ? Timestamp.from(at) : null);
    return id;
  }

  public UUID booking(UUID quote, UUID customer, Instant starts, Instant ends) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO rm_booking (id, quote_id, customer_id, starts_at, ends_at, confirmed_at)"
            + " VALUES (?,?,?,?,?,?)",
        id,
        quote,
        customer,
        Timestamp.from(starts),
        Timestamp.from(ends),
        Timestamp.from(starts.minusSeconds(86_400)));
    return id;
  }
}
