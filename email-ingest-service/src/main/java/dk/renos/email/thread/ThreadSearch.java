package dk.renos.email.thread;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds threads, newest activity first, by any mix of: a participant (sender or recipient, exact
 * address or a part of it), a label (a RenOS label such as {@code lead} / {@code awaiting_reply},
 * or a Gmail label id such as {@code INBOX}), words in subject or body (PostgreSQL full text), and
 * a date range of the messages.
 */
@Component
public class ThreadSearch {

  private static final List<String> RENOS_LABELS =
      List.of("LEAD", "QUOTE_SENT", "AWAITING_REPLY", "BOOKED", "LOST");

  /** Every field optional; {@code receivedFrom} inclusive, {@code receivedTo} exclusive. */
  public record Criteria(
      String participant, String label, String text, Instant receivedFrom, Instant receivedTo) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final EmailThreadRepository threads;

  ThreadSearch(NamedParameterJdbcTemplate jdbc, EmailThreadRepository threads) {
    this.jdbc = jdbc;
    this.threads = threads;
  }

  public Page<EmailThread> search(Criteria criteria, Pageable pageable) {
    List<String> messageConditions = new ArrayList<>();
    List<String> threadConditions = new ArrayList<>();
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (present(criteria.participant())) {
      messageConditions.add(
          "(lower(m.sender) like :participant or exists (select 1 from"
              + " jsonb_array_elements_text(m.to_addresses::jsonb) a where lower(a) like"
              + " :participant))");
      params.addValue(
          "participant", "%" + like(criteria.participant().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (present(criteria.text())) {
      messageConditions.add(
          "to_tsvector('simple', m.subject || ' ' || m.body_text) @@ plainto_tsquery('simple', :text)");
      params.addValue("text", criteria.text().strip());
    }
    if (criteria.receivedFrom() != null) {
      messageConditions.add("m.received_at >= :receivedFrom");
      params.addValue("receivedFrom", Timestamp.from(criteria.receivedFrom()));
    }
    if (criteria.receivedTo() != null) {
      messageConditions.add("m.received_at < :receivedTo");
      params.addValue("receivedTo", Timestamp.from(criteria.receivedTo()));
    }
    if (present(criteria.label())) {
      String label = criteria.label().strip();
      Optional<String> renos =
          RENOS_LABELS.stream().filter(l -> l.equalsIgnoreCase(label)).findFirst();
      if (renos.isPresent()) {
        // The thread carries it when the latest change of that label added it.
        threadConditions.add(
            """
            (select c.action from label_change c where c.thread_id = t.id and c.label = :renosLabel
             order by c.id desc limit 1) = 'ADD'""");
        params.addValue("renosLabel", renos.get());
      } else {
        messageConditions.add("m.label_ids::jsonb @> jsonb_build_array(cast(:gmailLabel as text))");
        params.addValue("gmailLabel", label);
      }
    }
    if (!messageConditions.isEmpty()) {
      threadConditions.add(
          "exists (select 1 from email_message m where m.thread_id = t.id and "
              + String.join(" and ", messageConditions)
              + ")");
    }
    String where =
        threadConditions.isEmpty() ? "" : " where " + String.join(" and ", threadConditions);
    Long total =
        jdbc.queryForObject("select count(*) from email_thread t" + where, params, Long.class);
    params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
    List<UUID> ids =
        jdbc.queryForList(
            "select t.id from email_thread t"
                + where
                + " order by t.last_message_at desc, t.id limit :limit offset :offset",
            params,
            UUID.class);
    List<EmailThread> found = threads.findAllById(ids);
    found.sort(java.util.Comparator.comparing(thread -> ids.indexOf(thread.getId())));
    return new PageImpl<>(new ArrayList<>(found), pageable, total == null ? 0 : total);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String like(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
