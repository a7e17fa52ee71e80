package dk.renos.chat.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which read-model rows an answer used, so the UI can link them. Collected while the answer is
 * produced (tools may run on the model client's threads, hence synchronized).
 */
public final class Sources {

  public enum Kind {
    CUSTOMER,
    LEAD,
    QUOTE,
    BOOKING
  }

  private final Set<String> refs = new LinkedHashSet<>();

  public synchronized Sources add(Kind kind, UUID id) {
    if (id != null) {
      refs.add(kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id);
    }
    return this;
  }

  /** The ids of one kind, in the order they were used. */
  public synchronized List<UUID> of(Kind kind) {
    String prefix = kind.name().toLowerCase(java.util.Locale.ROOT) + ":";
    List<UUID> ids = new ArrayList<>();
    for (String ref : refs) {
      if (ref.startsWith(prefix)) {
        ids.add(UUID.fromString(ref.substring(prefix.length())));
      }
    }
    return Collections.unmodifiableList(ids);
  }

  /** As stored with the message: {@code ["customer:<id>", "lead:<id>", ...]}. */
  public synchronized List<String> refs() {
    return List.copyOf(refs);
  }

  public static Sources fromRefs(List<String> refs) {
    Sources sources = new Sources();
    for (String ref : refs) {
      int colon = ref.indexOf(':');
      sources.add(
          Kind.valueOf(ref.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
          UUID.fromString(ref.substring(colon + 1)));
    }
    return sources;
  }

  public synchronized boolean isEmpty() {
    return refs.isEmpty();
  }
}
