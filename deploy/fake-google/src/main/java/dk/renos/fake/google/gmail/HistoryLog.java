package dk.renos.fake.google.gmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A mailbox's change log. Every change gets its own increasing id; users.history.list reads the
 * records after a start id. Records before the floor are gone (expireHistory), and asking for them
 * is Gmail's 404. Guarded by the mailbox lock.
 */
final class HistoryLog {
  enum Kind {
    ADDED,
    DELETED,
    LABELS
  }

  /** One change to one message; labelIds is the message's labels right after the change. */
  record Entry(
      long id,
      Kind kind,
      String messageId,
      String threadId,
      List<String> labelIds,
      List<String> added,
      List<String> removed) {

    boolean hasType(String historyType) {
      return switch (historyType) {
        case "messageAdded" -> kind == Kind.ADDED;
        case "messageDeleted" -> kind == Kind.DELETED;
        case "labelAdded" -> kind == Kind.LABELS && !added.isEmpty();
        case "labelRemoved" -> kind == Kind.LABELS && !removed.isEmpty();
        default -> false;
      };
    }

    boolean touchesLabel(String labelId) {
      return labelIds.contains(labelId) || added.contains(labelId) || removed.contains(labelId);
    }
  }

  record Page(List<Entry> entries, Long lastId, boolean more) {}

  static final Set<String> TYPES =
      Set.of("messageAdded", "messageDeleted", "labelAdded", "labelRemoved");

  private final ArrayList<Entry> entries = new ArrayList<>();
  private long current;
  private long floor;

  HistoryLog(long start) {
    this.current = start;
    this.floor = start;
  }

  long current() {
    return current;
  }

  long next() {
    return ++current;
  }

  void append(Entry entry) {
    entries.add(entry);
  }

  /** Forget every record; only history ids from now on are valid start points. */
  void expire() {
    entries.clear();
    entries.trimToSize();
    floor = current;
  }

  boolean retains(long startHistoryId) {
    return startHistoryId >= floor;
  }

  /** Entries with id > after (the start id, or the last id of the previous page), filtered. */
  Page list(long after, Set<String> types, String labelId, int max) {
    int from = firstAfter(after);
    List<Entry> page = new ArrayList<>();
    for (int i = from; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (!types.isEmpty() && types.stream().noneMatch(e::hasType)) {
        continue;
      }
      if (labelId != null && !e.touchesLabel(labelId)) {
        continue;
      }
      if (page.size() == max) {
        return new Page(page, page.get(page.size() - 1).id(), true);
      }
      page.add(e);
    }
    return new Page(page, page.isEmpty() ? null : page.get(page.size() - 1).id(), false);
  }

  private int firstAfter(long id) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).id() <= id) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
