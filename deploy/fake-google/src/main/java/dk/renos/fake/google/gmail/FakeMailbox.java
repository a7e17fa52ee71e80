package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One Gmail account's messages, threads, labels and history, in memory and indexed: by id, by
 * (internalDate, id) for listing newest first, by RFC Message-ID for threading, and threads by
 * their newest message. Thread-safe: a read/write lock guards everything, and the API renders its
 * JSON under the read lock so that a response is one consistent snapshot.
 */
public final class FakeMailbox {
  /** What users.messages.send received, in order. */
  public record SentMessage(String id, String threadId, byte[] raw) {}

  /** A page of a listing; next is the key to continue after, null on the last page. */
  record Page<T>(List<T> items, StoredMessage.Key next, int estimate) {}

  private static final long FIRST_HISTORY_ID = 1000;

  private final String email;
  private final Clock clock;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, StoredMessage> byId = new HashMap<>();
  private final TreeMap<StoredMessage.Key, StoredMessage> byDate = new TreeMap<>();
  private final Map<String, MailThread> threads = new HashMap<>();
  private final TreeMap<StoredMessage.Key, MailThread> threadsByDate = new TreeMap<>();
  private final Map<String, String> idByRfcMessageId = new HashMap<>();
  private final List<SentMessage> sent = new ArrayList<>();
  final Labels labels = new Labels();
  final HistoryLog history = new HistoryLog(FIRST_HISTORY_ID);
  private final long idBase;
  private long idSequence;

  public FakeMailbox(String email, Clock clock) {
    this.email = email;
    this.clock = clock;
    // Gmail ids are 16 hex digits; a per-account base keeps ids of different mailboxes apart.
    this.idBase = 0x1800000000000000L + ((long) (email.toLowerCase().hashCode() & 0xffff) << 40);
  }

  public String emailAddress() {
    return email;
  }

  /**
   * Delivers a received message (default labels INBOX, UNREAD); internalDate is its Date header,
   * else now.
   */
  public String deliver(byte[] rawRfc822, String... labelIds) {
    return deliverAt(rawRfc822, null, labelIds);
  }

  public String deliverAt(byte[] rawRfc822, Instant internalDate, String... labelIds) {
    List<String> labelList = labelIds.length == 0 ? List.of("INBOX", "UNREAD") : List.of(labelIds);
    Long millis = internalDate == null ? null : internalDate.toEpochMilli();
    MimeMessage mime = MimeMessage.parse(rawRfc822);
    return forJava(() -> write(() -> insert(rawRfc822, mime, millis, labelList, null, false))).id;
  }

  public String threadIdOf(String messageId) {
    return read(() -> require(messageId).threadId);
  }

  /** Permanent delete, recorded as history messagesDeleted. */
  public void delete(String messageId) {
    write(
        () -> {
          remove(require(messageId));
          return null;
        });
  }

  public void modifyLabels(String messageId, List<String> add, List<String> remove) {
    forJava(
        () ->
            write(
                () -> {
                  StoredMessage message = require(messageId);
                  labels.requireAll(add);
                  labels.requireAll(remove);
                  modify(message, add, remove);
                  return null;
                }));
  }

  public long historyId() {
    return read(history::current);
  }

  /** Every historyId before the current one now answers 404 in users.history.list. */
  public void expireHistory() {
    write(
        () -> {
          history.expire();
          return null;
        });
  }

  public List<String> messageIds() {
    return read(() -> byDate.values().stream().map(m -> m.id).toList());
  }

  public int messageCount() {
    return read(byId::size);
  }

  public List<SentMessage> sent() {
    return read(() -> List.copyOf(sent));
  }

  public Map<String, String> labelIdsByName() {
    return read(labels::idsByName);
  }

  public List<String> labelIdsOf(String messageId) {
    return read(() -> List.copyOf(require(messageId).labels));
  }

  /**
   * Fills the mailbox with deterministic, realistic Danish cleaning-company mail: threads of a
   * customer enquiry and replies, dated over the last 300 days. Returns the number of messages
   * added.
   */
  public int generate(int threadCount, int messagesPerThread, long seed) {
    var generated =
        new MessageGenerator(email, seed, clock.instant()).generate(threadCount, messagesPerThread);
    for (MessageGenerator.Generated g : generated) {
      MimeMessage mime = MimeMessage.parse(g.raw());
      write(() -> insert(g.raw(), mime, g.internalDate(), g.labelIds(), null, false));
    }
    return generated.size();
  }

  // ---- package-private: used by the API under read()/write() ----

  <T> T read(Supplier<T> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  <T> T write(Supplier<T> body) {
    lock.writeLock().lock();
    try {
      return body.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  long now() {
    return clock.millis();
  }

  StoredMessage message(String id) {
    return byId.get(id);
  }

  MailThread thread(String id) {
    return threads.get(id);
  }

  int threadCount() {
    return threads.size();
  }

  Collection<StoredMessage> messages() {
    return byId.values();
  }

  /**
   * Stores a message; the caller holds the write lock. Thread: requested id if it exists, else by
   * references.
   */
  StoredMessage insert(
      byte[] raw,
      MimeMessage mime,
      Long internalDate,
      List<String> labelIds,
      String requestedThreadId,
      boolean recordAsSent) {
    labels.requireAll(labelIds);
    long date = internalDate != null ? internalDate : dateOrNow(mime);
    String id = String.format("%016x", idBase + (++idSequence << 4));
    String threadId =
        requestedThreadId != null && threads.containsKey(requestedThreadId)
            ? requestedThreadId
            : null;
    if (threadId == null) {
      for (String parent : mime.parentIds) {
        String parentId = idByRfcMessageId.get(parent);
        if (parentId != null) {
          threadId = byId.get(parentId).threadId;
          break;
        }
      }
    }
    if (threadId == null) {
      threadId = id;
    }
    long historyId = history.next();
    StoredMessage message = new StoredMessage(id, threadId, raw, date, mime, labelIds, historyId);
    byId.put(id, message);
    byDate.put(message.key(), message);
    MailThread thread = threads.computeIfAbsent(threadId, MailThread::new);
    if (!thread.messages.isEmpty()) {
      threadsByDate.remove(thread.key());
    }
    thread.add(message);
    threadsByDate.put(thread.key(), thread);
    if (mime.messageId != null) {
      idByRfcMessageId.putIfAbsent(mime.messageId, id);
    }
    history.append(
        new HistoryLog.Entry(
            historyId,
            HistoryLog.Kind.ADDED,
            id,
            threadId,
            List.copyOf(message.labels),
            List.of(),
            List.of()));
    if (recordAsSent) {
      sent.add(new SentMessage(id, threadId, raw.clone()));
    }
    return message;
  }

  private long dateOrNow(MimeMessage mime) {
    Long date = mime.dateMillis();
    return date != null ? date : clock.millis();
  }

  /** Permanently removes a message; the caller holds the write lock. */
  void remove(StoredMessage message) {
    byId.remove(message.id);
    byDate.remove(message.key());
    MailThread thread = threads.get(message.threadId);
    threadsByDate.remove(thread.key());
    thread.remove(message);
    if (thread.messages.isEmpty()) {
      threads.remove(thread.id);
    } else {
      threadsByDate.put(thread.key(), thread);
    }
    if (message.mime.messageId != null) {
      idByRfcMessageId.remove(message.mime.messageId, message.id);
    }
    history.append(
        new HistoryLog.Entry(
            history.next(),
            HistoryLog.Kind.DELETED,
            message.id,
            message.threadId,
            List.copyOf(message.labels),
            List.of(),
            List.of()));
  }

  /**
   * Applies a label change (labels already validated); records history only when something changed.
   */
  void modify(StoredMessage message, Collection<String> add, Collection<String> remove) {
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (String label : add) {
      if (!remove.contains(label) && message.labels.add(label)) {
        added.add(label);
      }
    }
    for (String label : remove) {
      if (message.labels.remove(label)) {
        removed.add(label);
      }
    }
    if (added.isEmpty() && removed.isEmpty()) {
      return;
    }
    long historyId = history.next();
    message.historyId = historyId;
    history.append(
        new HistoryLog.Entry(
            historyId,
            HistoryLog.Kind.LABELS,
            message.id,
            message.threadId,
            List.copyOf(message.labels),
            List.copyOf(added),
            List.copyOf(removed)));
  }

  /** Deletes a user label and takes it off every message, as Gmail does. */
  void deleteLabel(String labelId) {
    Labels.Label label = labels.get(labelId);
    if (label != null && !label.isSystem()) {
      for (StoredMessage message : byDate.values()) {
        if (message.labels.contains(labelId)) {
          modify(message, List.of(), List.of(labelId));
        }
      }
    }
    labels.delete(labelId);
  }

  Page<StoredMessage> listMessages(
      Predicate<StoredMessage> match, Long after, Long before, StoredMessage.Key pageKey, int max) {
    return page(byDate, match, m -> m.internalDate, after, before, pageKey, max);
  }

  Page<MailThread> listThreads(
      Predicate<MailThread> match, Long after, StoredMessage.Key pageKey, int max) {
    // A thread sorts by its newest message, so only the lower date bound can cut the scan short.
    return page(threadsByDate, match, t -> t.latest().internalDate, after, null, pageKey, max);
  }

  /**
   * Walks an index newest first from the page key (or the before bound) and stops at the after
   * bound.
   */
  private static <T> Page<T> page(
      NavigableMap<StoredMessage.Key, T> index,
      Predicate<T> match,
      java.util.function.ToLongFunction<T> dateOf,
      Long after,
      Long before,
      StoredMessage.Key pageKey,
      int max) {
    if (after != null && before != null && after >= before) {
      return new Page<>(List.of(), null, 0);
    }
    NavigableMap<StoredMessage.Key, T> all =
        before == null
            ? index
            : index.tailMap(new StoredMessage.Key(before - 1, StoredMessage.Key.HIGHEST), true);
    if (all.isEmpty()) {
      return new Page<>(List.of(), null, 0);
    }
    // The page key continues where the last page ended; before it, the before bound decides the
    // start.
    NavigableMap<StoredMessage.Key, T> rest =
        pageKey != null && pageKey.compareTo(all.firstKey()) >= 0
            ? all.tailMap(pageKey, false)
            : all;
    List<T> items = new ArrayList<>();
    StoredMessage.Key next = null;
    StoredMessage.Key lastKey = null;
    for (var entry : rest.entrySet()) {
      T item = entry.getValue();
      if (after != null && dateOf.applyAsLong(item) < after) {
        break;
      }
      if (!match.test(item)) {
        continue;
      }
      if (items.size() == max) {
        next = lastKey;
        break;
      }
      items.add(item);
      lastKey = entry.getKey();
    }
    int estimate = 0;
    for (T item : all.values()) {
      if (after != null && dateOf.applyAsLong(item) < after) {
        break;
      }
      if (match.test(item)) {
        estimate++;
      }
    }
    return new Page<>(items, next, estimate);
  }

  private StoredMessage require(String messageId) {
    StoredMessage message = byId.get(messageId);
    if (message == null) {
      throw new IllegalArgumentException("No message " + messageId + " in " + email);
    }
    return message;
  }

  /** Java callers get IllegalArgumentException for what the API would answer with a 4xx. */
  private static <T> T forJava(Supplier<T> body) {
    try {
      return body.get();
    } catch (ApiException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
