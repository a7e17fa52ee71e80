package dk.renos.fake.google.gmail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A conversation: its id is its first message's id, as in Gmail. Guarded by the mailbox lock. */
final class MailThread {
  private static final Comparator<StoredMessage> OLDEST_FIRST =
      Comparator.<StoredMessage>comparingLong(m -> m.internalDate).thenComparing(m -> m.id);

  final String id;
  final List<StoredMessage> messages = new ArrayList<>();

  MailThread(String id) {
    this.id = id;
  }

  void add(StoredMessage message) {
    int at = java.util.Collections.binarySearch(messages, message, OLDEST_FIRST);
    messages.add(at < 0 ? -at - 1 : at, message);
  }

  void remove(StoredMessage message) {
    messages.remove(message);
  }

  StoredMessage latest() {
    return messages.get(messages.size() - 1);
  }

  /** Threads sort by their newest message. */
  StoredMessage.Key key() {
    return new StoredMessage.Key(latest().internalDate, id);
  }

  long historyId() {
    long max = 0;
    for (StoredMessage m : messages) {
      max = Math.max(max, m.historyId);
    }
    return max;
  }
}
