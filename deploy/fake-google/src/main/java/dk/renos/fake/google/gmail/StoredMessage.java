package dk.renos.fake.google.gmail;

import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A message as the mailbox keeps it. Immutable apart from labels and historyId, which the mailbox
 * lock guards.
 */
final class StoredMessage {
  /** Sort and page key: newest internalDate first, ties broken by id (also descending). */
  record Key(long internalDate, String id) implements Comparable<Key> {
    static final String HIGHEST = "\uffff";
    static final Comparator<Key> NEWEST_FIRST =
        Comparator.comparingLong(Key::internalDate).thenComparing(Key::id).reversed();

    @Override
    public int compareTo(Key other) {
      return NEWEST_FIRST.compare(this, other);
    }
  }

  final String id;
  final String threadId;
  final byte[] raw;
  final long internalDate;
  final MimeMessage mime;
  final LinkedHashSet<String> labels;
  long historyId;
  private volatile String rawBase64;

  StoredMessage(
      String id,
      String threadId,
      byte[] raw,
      long internalDate,
      MimeMessage mime,
      List<String> labels,
      long historyId) {
    this.id = id;
    this.threadId = threadId;
    this.raw = raw;
    this.internalDate = internalDate;
    this.mime = mime;
    this.labels = new LinkedHashSet<>(labels);
    this.historyId = historyId;
  }

  Key key() {
    return new Key(internalDate, id);
  }

  /**
   * Gmail's raw format is base64url; cached because a sync fetches each message's raw at least
   * once.
   */
  String rawBase64() {
    String value = rawBase64;
    if (value == null) {
      value = Base64.getUrlEncoder().encodeToString(raw);
      rawBase64 = value;
    }
    return value;
  }

  boolean isSpamOrTrash() {
    return labels.contains("SPAM") || labels.contains("TRASH");
  }
}
