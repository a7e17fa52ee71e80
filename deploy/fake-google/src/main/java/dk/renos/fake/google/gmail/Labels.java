package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mailbox's labels: Gmail's system labels plus user labels named Label_N. Guarded by the mailbox
 * lock.
 */
final class Labels {
  record Label(
      String id,
      String name,
      String type,
      String messageListVisibility,
      String labelListVisibility) {
    boolean isSystem() {
      return type.equals("system");
    }
  }

  /** The system labels a real account lists; their ids are their names. */
  private static final List<String> SYSTEM =
      List.of(
          "CHAT",
          "SENT",
          "INBOX",
          "IMPORTANT",
          "TRASH",
          "DRAFT",
          "SPAM",
          "CATEGORY_FORUMS",
          "CATEGORY_UPDATES",
          "CATEGORY_PERSONAL",
          "CATEGORY_PROMOTIONS",
          "CATEGORY_SOCIAL",
          "STARRED",
          "UNREAD");

  /** Gmail refuses to add or remove these through modify. */
  private static final List<String> NOT_MODIFIABLE = List.of("SENT", "DRAFT", "CHAT");

  private final Map<String, Label> byId = new LinkedHashMap<>();
  private int nextUserLabel = 1;

  Labels() {
    for (String id : SYSTEM) {
      boolean hiddenInList = id.startsWith("CATEGORY_") || id.equals("CHAT");
      byId.put(
          id,
          new Label(
              id, id, "system", hiddenInList ? "hide" : null, hiddenInList ? "labelHide" : null));
    }
  }

  Collection<Label> all() {
    return byId.values();
  }

  Label get(String id) {
    return byId.get(id);
  }

  boolean exists(String id) {
    return byId.containsKey(id);
  }

  Label byName(String name) {
    for (Label label : byId.values()) {
      if (label.name().equalsIgnoreCase(name)) {
        return label;
      }
    }
    return null;
  }

  Label create(String name, String messageListVisibility, String labelListVisibility) {
    if (name == null || name.isBlank()) {
      throw ApiException.badRequest("Invalid label name");
    }
    String trimmed = name.strip();
    if (byName(trimmed) != null || SYSTEM.contains(trimmed.toUpperCase(Locale.ROOT))) {
      throw new ApiException(409, "alreadyExists", "Label name exists or conflicts");
    }
    String id = "Label_" + nextUserLabel++;
    Label label =
        new Label(
            id,
            trimmed,
            "user",
            messageListVisibility == null ? "show" : messageListVisibility,
            labelListVisibility == null ? "labelShow" : labelListVisibility);
    byId.put(id, label);
    return label;
  }

  Label update(String id, String name, String messageListVisibility, String labelListVisibility) {
    Label label = byId.get(id);
    if (label == null) {
      throw ApiException.notFound();
    }
    if (label.isSystem()) {
      throw ApiException.badRequest("Invalid update request");
    }
    String newName = name == null || name.isBlank() ? label.name() : name.strip();
    if (!newName.equalsIgnoreCase(label.name())
        && (byName(newName) != null || SYSTEM.contains(newName.toUpperCase(Locale.ROOT)))) {
      throw new ApiException(409, "alreadyExists", "Label name exists or conflicts");
    }
    Label updated =
        new Label(
            id,
            newName,
            label.type(),
            messageListVisibility == null ? label.messageListVisibility() : messageListVisibility,
            labelListVisibility == null ? label.labelListVisibility() : labelListVisibility);
    byId.put(id, updated);
    return updated;
  }

  void delete(String id) {
    Label label = byId.get(id);
    if (label == null) {
      throw ApiException.notFound();
    }
    if (label.isSystem()) {
      throw ApiException.badRequest("Invalid delete request");
    }
    byId.remove(id);
  }

  /** Every id must exist, else Gmail's 400 "Invalid label: X". */
  void requireAll(Collection<String> ids) {
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        throw ApiException.badRequest("Invalid label: " + id);
      }
    }
  }

  void requireModifiable(Collection<String> ids) {
    requireAll(ids);
    for (String id : ids) {
      if (NOT_MODIFIABLE.contains(id)) {
        throw ApiException.badRequest("Invalid label: " + id);
      }
    }
  }

  Map<String, String> idsByName() {
    Map<String, String> out = new LinkedHashMap<>();
    byId.values().forEach(l -> out.put(l.name(), l.id()));
    return out;
  }
}
