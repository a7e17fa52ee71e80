package dk.renos.chat.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions the assistants ask of the read models. A lead's status is derived here from its
 * quotes' highest stage (never stored); cancelled bookings are not part of a plan.
 */
@Component
@Transactional(readOnly = true)
public class ReadModels {

  /** A lead's status as the read models know it. */
  public enum LeadStatus {
    NEW,
    QUOTE_DRAFTED,
    QUOTE_SENT,
    ACCEPTED;

    static LeadStatus ofStage(int stage) {
      return switch (stage) {
        case 1 -> QUOTE_DRAFTED;
        case 2 -> QUOTE_SENT;
        case 3 -> ACCEPTED;
        default -> NEW;
      };
    }
  }

  /** A quote's stage: 1 drafted (awaiting approval), 2 sent (awaiting reply), 3 accepted. */
  public static final int DRAFTED = 1;

  public static final int SENT = 2;

  public static final int ACCEPTED = 3;

  public record Customer(
      UUID id, String name, String email, String phone, String address, Instant createdAt) {}

  public record Lead(
      UUID id,
      UUID customerId,
      String customerName,
      String source,
      String serviceType,
      Integer areaSqm,
      Instant receivedAt,
      LeadStatus status) {}

  public record Quote(
      UUID id,
      UUID leadId,
      UUID customerId,
      String customerName,
      String serviceType,
      Long priceInclVatOre,
      int stage,
      Instant draftedAt,
      Instant sentAt,
      Instant acceptedAt) {}

  public record Booking(
      UUID id,
      UUID quoteId,
      UUID customerId,
      String customerName,
      Instant startsAt,
      Instant endsAt) {}

  /** Leads from one source in a period, and how many of them accepted a quote. */
  public record SourceCount(String source, int leads, int accepted) {}

  private static final String LEAD_SELECT =
      """
      SELECT l.id, l.customer_id, c.name AS customer_name, l.source, l.service_type, l.area_sqm,
        l.received_at, COALESCE((SELECT MAX(q.stage) FROM rm_quote q WHERE q.lead_id = l.id), 0) AS stage
      FROM rm_lead l LEFT JOIN rm_customer c ON c.id = l.customer_id
      """;

  private static final String QUOTE_SELECT =
      """
      SELECT q.id, q.lead_id, q.customer_id, c.name AS customer_name, q.service_type,
        q.price_incl_vat_ore, q.stage, q.drafted_at, q.sent_at, q.accepted_at
      FROM rm_quote q LEFT JOIN rm_customer c ON c.id = q.customer_id
      """;

  private static final String BOOKING_SELECT =
      """
      SELECT b.id, b.quote_id, b.customer_id, c.name AS customer_name, b.starts_at, b.ends_at
      FROM rm_booking b LEFT JOIN rm_customer c ON c.id = b.customer_id
      """;

  private final JdbcClient jdbc;

  ReadModels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Customer> customer(UUID id) {
    return jdbc.sql(
            "SELECT id, name, email, phone, address, created_at FROM rm_customer WHERE id = :id")
        .param("id", id)
        .query(ReadModels::customer)
        .optional();
  }

  /**
   * Customers whose whole name occurs in {@code text}, or, failing that, whose name contains one of
   * its capitalised words (a question names "Hansen", the customer is "Jens Hansen").
   */
  public List<Customer> customersNamedIn(String text, int limit) {
    List<Customer> whole =
        jdbc.sql(
                """
                SELECT id, name, email, phone, address, created_at FROM rm_customer
                WHERE position(lower(name) IN lower(:text)) > 0 ORDER BY name, id LIMIT :limit
                """)
            .param("text", text)
            .param("limit", limit)
            .query(ReadModels::customer)
            .list();
    if (!whole.isEmpty()) {
      return whole;
    }
    List<String> words =
        java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}-]+"))
            .filter(word -> word.length() >= 3 && Character.isUpperCase(word.charAt(0)))
            .toList();
    return words.stream()
        .flatMap(word -> findCustomers(word, limit).stream())
        .distinct()
        .limit(limit)
        .toList();
  }

  /** Customers whose name contains {@code fragment} (case-insensitive). */
  public List<Customer> findCustomers(String fragment, int limit) {
    String pattern =
        "%" + fragment.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%") + "%";
    return jdbc.sql(
            """
            SELECT id, name, email, phone, address, created_at FROM rm_customer
            WHERE lower(name) LIKE :pattern ORDER BY name, id LIMIT :limit
            """)
        .param("pattern", pattern)
        .param("limit", limit)
        .query(ReadModels::customer)
        .list();
  }

  /** Leads received in [from, to), newest first, optionally of one source and/or status. */
  public List<Lead> leads(Instant from, Instant to, String source, LeadStatus status, int limit) {
    return jdbc.sql(
            "SELECT * FROM ("
                + LEAD_SELECT
                + """
                WHERE l.received_at >= :from AND l.received_at < :to
                  AND (CAST(:source AS varchar) IS NULL OR l.source = :source)
                ) leads
                WHERE (CAST(:stage AS integer) IS NULL OR leads.stage = :stage)
                ORDER BY received_at DESC, id LIMIT :limit
                """)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("source", source)
        .param("stage", status == null ? null : status.ordinal())
        .param("limit", limit)
        .query(ReadModels::lead)
        .list();
  }

  public List<Lead> leadsOf(UUID customerId, int limit) {
    return jdbc.sql(
            LEAD_SELECT
                + " WHERE l.customer_id = :customer ORDER BY l.received_at DESC LIMIT :limit")
        .param("customer", customerId)
        .param("limit", limit)
        .query(ReadModels::lead)
        .list();
  }

  /** Quotes at this stage, oldest first (the longest waiting first). */
  public List<Quote> quotesAtStage(int stage, int limit) {
    return jdbc.sql(
            QUOTE_SELECT
                + " WHERE q.stage = :stage ORDER BY COALESCE(q.sent_at, q.drafted_at), q.id"
                + " LIMIT :limit")
        .param("stage", stage)
        .param("limit", limit)
        .query(ReadModels::quote)
        .list();
  }

  /** Sent quotes not accepted, sent before {@code sentBefore}: due a follow-up. */
  public List<Quote> followUpsDue(Instant sentBefore, int limit) {
    return jdbc.sql(
            QUOTE_SELECT
                + " WHERE q.stage = 2 AND q.sent_at < :before ORDER BY q.sent_at, q.id LIMIT :limit")
        .param("before", Timestamp.from(sentBefore))
        .param("limit", limit)
        .query(ReadModels::quote)
        .list();
  }

  public Optional<Quote> quote(UUID id) {
    return jdbc.sql(QUOTE_SELECT + " WHERE q.id = :id")
        .param("id", id)
        .query(ReadModels::quote)
        .optional();
  }

  public List<Quote> quotesOf(UUID customerId, int limit) {
    return jdbc.sql(
            QUOTE_SELECT
                + " WHERE q.customer_id = :customer"
                + " ORDER BY COALESCE(q.drafted_at, q.sent_at, q.accepted_at) DESC LIMIT :limit")
        .param("customer", customerId)
        .param("limit", limit)
        .query(ReadModels::quote)
        .list();
  }

  /** Confirmed, not cancelled bookings starting in [from, to), in time order. */
  public List<Booking> bookingsBetween(Instant from, Instant to, int limit) {
    return jdbc.sql(
            BOOKING_SELECT
                + """
                WHERE b.starts_at >= :from AND b.starts_at < :to AND b.cancelled_at IS NULL
                  AND b.confirmed_at IS NOT NULL
                ORDER BY b.starts_at, b.id LIMIT :limit
                """)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("limit", limit)
        .query(ReadModels::booking)
        .list();
  }

  public List<Booking> bookingsOf(UUID customerId, int limit) {
    return jdbc.sql(
            BOOKING_SELECT
                + " WHERE b.customer_id = :customer AND b.cancelled_at IS NULL"
                + " ORDER BY b.starts_at DESC LIMIT :limit")
        .param("customer", customerId)
        .param("limit", limit)
        .query(ReadModels::booking)
        .list();
  }

  /** Leads per source received in [from, to), most leads first, and how many were accepted. */
  public List<SourceCount> leadsPerSource(Instant from, Instant to) {
    return jdbc.sql(
            """
            SELECT l.source, COUNT(*) AS leads,
              COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM rm_quote q
                WHERE q.lead_id = l.id AND q.stage = 3)) AS accepted
            FROM rm_lead l WHERE l.received_at >= :from AND l.received_at < :to
            GROUP BY l.source ORDER BY leads DESC, l.source
            """)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(
            (rs, row) ->
                new SourceCount(rs.getString("source"), rs.getInt("leads"), rs.getInt("accepted")))
        .list();
  }

  private static Customer customer(ResultSet rs, int row) throws SQLException {
    return new Customer(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("address"),
        instant(rs, "created_at"));
  }

  private static Lead lead(ResultSet rs, int row) throws SQLException {
    return new Lead(
        rs.getObject("id", UUID.class),
        rs.getObject("customer_id", UUID.class),
        rs.getString("customer_name"),
        rs.getString("source"),
        rs.getString("service_type"),
        (Integer) rs.getObject("area_sqm"),
        instant(rs, "received_at"),
        LeadStatus.ofStage(rs.getInt("stage")));
  }

  private static Quote quote(ResultSet rs, int row) throws SQLException {
    return new Quote(
        rs.getObject("id", UUID.class),
        rs.getObject("lead_id", UUID.class),
        rs.getObject("customer_id", UUID.class),
        rs.getString("customer_name"),
        rs.getString("service_type"),
        (Long) rs.getObject("price_incl_vat_ore"),
        rs.getInt("stage"),
        instant(rs, "drafted_at"),
        instant(rs, "sent_at"),
        instant(rs, "accepted_at"));
  }

  private static Booking booking(ResultSet rs, int row) throws SQLException {
    return new Booking(
        rs.getObject("id", UUID.class),
        rs.getObject("quote_id", UUID.class),
        rs.getObject("customer_id", UUID.class),
        rs.getString("customer_name"),
        instant(rs, "starts_at"),
        instant(rs, "ends_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
