package dk.renos.email.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A conversation of e-mails that belong together (same RFC 822 references / subject). */
@Entity
@Table(name = "email_thread")
public class EmailThread {

  private static final int MAX_SUBJECT = 998;

  @Id private UUID id;

  @Column(nullable = false, length = 998)
  private String subject;

  @Column(name = "first_message_at", nullable = false)
  private Instant firstMessageAt;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  @Column(name = "message_count", nullable = false)
  private int messageCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Gmail's id of the same conversation, once a message of it came from Gmail. */
  @Column(name = "gmail_thread_id", length = 64)
  private String gmailThreadId;

  protected EmailThread() {}

  private EmailThread(String subject, Instant now) {
    this.id = UUID.randomUUID();
    this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    this.createdAt = now;
  }

  /** A new, empty thread; {@link #recordMessage(Instant)} adds its messages. */
  public static EmailThread start(String subject, Instant now) {
    return new EmailThread(subject, now);
  }

  /** Counts a message received at {@code receivedAt} and widens the thread's time span. */
  public void recordMessage(Instant receivedAt) {
    if (firstMessageAt == null || receivedAt.isBefore(firstMessageAt)) {
      firstMessageAt = receivedAt;
    }
    if (lastMessageAt == null || receivedAt.isAfter(lastMessageAt)) {
      lastMessageAt = receivedAt;
    }
    messageCount++;
  }

  public void linkToGmailThread(String gmailThreadId) {
    if (this.gmailThreadId == null) {
      this.gmailThreadId = gmailThreadId;
    }
  }

  public String getGmailThreadId() {
    return gmailThreadId;
  }

  public UUID getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getFirstMessageAt() {
    return firstMessageAt;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public int getMessageCount() {
    return messageCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
