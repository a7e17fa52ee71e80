package dk.renos.email.message;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One received e-mail, identified by its RFC 822 Message-ID (unique: a re-sync never duplicates it). */
@Entity
@Table(name = "email_message")
public class EmailMessage {

  @Id
  private UUID id;

  @Column(name = "thread_id", nullable = false)
  private UUID threadId;

  @Column(name = "message_id", nullable = false, unique = true, length = 998)
  private String messageId;

  @Column(nullable = false, length = 320)
  private String sender;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false, length = 998)
  private String subject;

  @Column(name = "body_text", nullable = false, columnDefinition = "text")
  private String bodyText;

  protected EmailMessage() {
  }

  public EmailMessage(UUID threadId, String messageId, String sender, Instant receivedAt, String subject,
      String bodyText) {
    this.id = UUID.randomUUID();
    this.threadId = threadId;
    this.messageId = messageId;
    this.sender = sender;
    this.receivedAt = receivedAt;
    this.subject = subject;
    this.bodyText = bodyText;
  }

  public UUID getId() {
    return id;
  }

  public UUID getThreadId() {
    return threadId;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getSender() {
    return sender;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }
}
