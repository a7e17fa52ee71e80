package dk.renos.email.gmail.labels;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Label;
import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.client.GmailRequestException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes sure RenOS's labels exist in a mailbox and knows their Gmail ids. A label a person already
 * made with the same name is adopted, not duplicated; ids are kept in {@code gmail_label} so this
 * costs one lookup per mailbox, not one per change.
 */
@Component
class GmailLabels {

  private final JdbcTemplate jdbc;
  private final GmailCalls calls;

  GmailLabels(JdbcTemplate jdbc, GmailCalls calls) {
    this.jdbc = jdbc;
    this.calls = calls;
  }

  Map<RenosLabel, String> ensure(UUID connectionId, Gmail gmail) {
    Map<RenosLabel, String> ids = stored(connectionId);
    if (ids.size() == RenosLabel.values().length) {
      return ids;
    }
    Map<String, String> existing = existingByName(gmail);
    for (RenosLabel label : RenosLabel.values()) {
      if (ids.containsKey(label)) {
        continue;
      }
      String id = existing.get(label.gmailName().toLowerCase(Locale.ROOT));
      if (id == null) {
        id = create(gmail, label);
      }
      jdbc.update(
          "insert into gmail_label (connection_id, name, gmail_label_id) values (?, ?, ?) "
              + "on conflict (connection_id, name) do update set gmail_label_id = excluded.gmail_label_id",
          connectionId,
          label.name(),
          id);
      ids.put(label, id);
    }
    return ids;
  }

  /**
   * Forgets the stored ids (a label was deleted in Gmail); the next {@link #ensure} makes them
   * again.
   */
  void forget(UUID connectionId) {
    jdbc.update("delete from gmail_label where connection_id = ?", connectionId);
  }

  private String create(Gmail gmail, RenosLabel label) {
    try {
      return calls
          .call(
              "create label",
              () ->
                  gmail
                      .users()
                      .labels()
                      .create(
                          "me",
                          new Label()
                              .setName(label.gmailName())
                              .setLabelListVisibility("labelShow")
                              .setMessageListVisibility("show"))
                      .execute())
          .getId();
    } catch (GmailRequestException e) {
      // 409: made meanwhile (another replica, or a person): use that one.
      String id = existingByName(gmail).get(label.gmailName().toLowerCase(Locale.ROOT));
      if (id == null) {
        throw e;
      }
      return id;
    }
  }

  private Map<String, String> existingByName(Gmail gmail) {
    List<Label> labels =
        calls.call("list labels", () -> gmail.users().labels().list("me").execute()).getLabels();
    Map<String, String> byName = new java.util.HashMap<>();
    if (labels != null) {
      labels.forEach(l -> byName.put(l.getName().toLowerCase(Locale.ROOT), l.getId()));
    }
    return byName;
  }

  private Map<RenosLabel, String> stored(UUID connectionId) {
    Map<RenosLabel, String> ids = new EnumMap<>(RenosLabel.class);
    jdbc.query(
        "select name, gmail_label_id from gmail_label where connection_id = ?",
        row -> {
          ids.put(RenosLabel.valueOf(row.getString("name")), row.getString("gmail_label_id"));
        },
        connectionId);
    return ids;
  }
}
