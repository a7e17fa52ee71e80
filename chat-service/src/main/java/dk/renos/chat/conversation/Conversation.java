package dk.renos.chat.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A staff member's conversation with the assistant. */
@Entity
@Table(name = "conversation")
public class Conversation {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "started_by", nullable = false, length = 100)
  private String startedBy;

  @Column(name = "message_count", nullable = false)
  private int messageCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  protected Conversation() {}

  private Conversation(String title, String startedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.title = title;
    this.startedBy = startedBy;
    this.createdAt = now;
    this.lastMessageAt = now;
  }

  public static Conversation start(String title, String startedBy, Instant now) {
    return new Conversation(title, startedBy, now);
  }

  /** Adds a message to this conversation; the caller saves the returned message. */
  public ChatMessage post(ChatMessage.Role role, String content, Instant at) {
    return post(role, content, java.util.List.of(), at);
  }

  /** An assistant answer with the read-model rows it used. */
  public ChatMessage post(
      ChatMessage.Role role, String content, java.util.List<String> sources, Instant at) {
    messageCount++;
    // Messages keep the order they were posted in even when the clock has not moved (a question
    // and its answer within one microsecond, PostgreSQL's resolution, or a fixed test clock).
    Instant stamped =
        at.isAfter(lastMessageAt)
            ? at
            : lastMessageAt.plus(1, java.time.temporal.ChronoUnit.MICROS);
    lastMessageAt = stamped;
    return new ChatMessage(id, role, content, sources, stamped);
  }

  public void rename(String title) {
    this.title = title;
  }

  public UUID getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public int getMessageCount() {
    return messageCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }
}
