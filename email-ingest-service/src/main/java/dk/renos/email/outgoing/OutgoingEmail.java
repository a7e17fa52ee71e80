package dk.renos.email.outgoing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One requested outgoing email and what became of it. Created once per command id ({@link
 * OutgoingEmails}); worked on by {@link OutgoingSender} while {@link OutgoingStatus#PENDING}.
 */
@Entity
@Table(name = "outgoing_email")
public class OutgoingEmail {

  @Id private UUID id;

  @Column(name = "command_id", nullable = false, unique = true)
  private UUID commandId;

  @Column(name = "thread_id")
  private UUID threadId;

  @Column(name = "to_address", nullable = false, columnDefinition = "text")
  private String toAddress;

  @Column(nullable = false, columnDefinition = "text")
  private String subject;

  @Column(name = "body_text", nullable = false, columnDefinition = "text")
  private String bodyText;

  @Column(name = "requested_by", nullable = false, columnDefinition = "text")
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private OutgoingStatus status;

  @Column(name = "status_reason", columnDefinition = "text")
  private String statusReason;

  @Column(name = "connection_id")
  private UUID connectionId;

  @Column(name = "gmail_id", length = 64)
  private String gmailId;

  @Column(name = "gmail_thread_id", length = 64)
  private String gmailThreadId;

  @Column(name = "rfc822_message_id", length = 998)
  private String rfc822MessageId;

  @Column(name = "in_reply_to", length = 998)
  private String inReplyTo;

  @Column(name = "sent_thread_id")
  private UUID sentThreadId;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OutgoingEmail() {}

  /** A new request, due now. */
  static OutgoingEmail pending(
      UUID commandId,
      UUID threadId,
      String to,
      String subject,
      String bodyText,
      String requestedBy,
      Instant requestedAt,
      Instant now) {
    OutgoingEmail email = new OutgoingEmail();
    email.id = UUID.randomUUID();
    email.commandId = commandId;
    email.threadId = threadId;
    email.toAddress = to;
    email.subject = subject;
    email.bodyText = bodyText;
    email.requestedBy = requestedBy;
    email.requestedAt = requestedAt.truncatedTo(ChronoUnit.MICROS);
    email.status = OutgoingStatus.PENDING;
    email.nextAttemptAt = millis(now);
    email.createdAt = millis(now);
    email.updatedAt = email.createdAt;
    return email;
  }

  void refuse(String reason, Instant now) {
    finish(OutgoingStatus.REFUSED, reason, now);
  }

  void dryRun(String reason, String messageId, String inReplyTo, Instant now) {
    this.rfc822MessageId = messageId;
    this.inReplyTo = inReplyTo;
    finish(OutgoingStatus.DRY_RUN, reason, now);
  }

  void fail(String reason, Instant now) {
    finish(OutgoingStatus.FAILED, reason, now);
  }

  /** Stays PENDING, tried again at {@code retryAt}; {@code reason} says what it waits for. */
  void waitUntil(Instant retryAt, String reason, Instant now) {
    this.statusReason = reason;
    this.nextAttemptAt = millis(retryAt);
    this.updatedAt = millis(now);
  }

  /**
   * A send attempt starts: the Message-ID is fixed on the first one (so a retry after a crash can
   * be found in Gmail), and other replicas leave the row alone until {@code leaseUntil}.
   */
  void startAttempt(UUID connectionId, String newMessageId, Instant leaseUntil, Instant now) {
    this.connectionId = connectionId;
    if (this.rfc822MessageId == null) {
      this.rfc822MessageId = newMessageId;
    }
    this.attempts++;
    this.nextAttemptAt = millis(leaseUntil);
    this.updatedAt = millis(now);
  }

  void markSent(
      String gmailId,
      String gmailThreadId,
      String inReplyTo,
      UUID sentThreadId,
      String reason,
      Instant sentAt) {
    this.gmailId = gmailId;
    this.gmailThreadId = gmailThreadId;
    this.inReplyTo = inReplyTo;
    this.sentThreadId = sentThreadId;
    this.sentAt = millis(sentAt);
    finish(OutgoingStatus.SENT, reason, sentAt);
  }

  private void finish(OutgoingStatus status, String reason, Instant now) {
    this.status = status;
    this.statusReason = reason;
    this.updatedAt = millis(now);
  }

  /** Whether this row asks for the same email as another request with its command id. */
  boolean sameRequestAs(UUID threadId, String to, String subject, String bodyText) {
    return java.util.Objects.equals(this.threadId, threadId)
        && toAddress.equals(to)
        && this.subject.equals(subject)
        && this.bodyText.equals(bodyText);
  }

  private static Instant millis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  public UUID getId() {
    return id;
  }

  public UUID getCommandId() {
    return commandId;
  }

  public UUID getThreadId() {
    return threadId;
  }

  public String getToAddress() {
    return toAddress;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public OutgoingStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public UUID getConnectionId() {
    return connectionId;
  }

  public String getGmailId() {
    return gmailId;
  }

  public String getGmailThreadId() {
    return gmailThreadId;
  }

  public String getRfc822MessageId() {
    return rfc822MessageId;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  public UUID getSentThreadId() {
    return sentThreadId;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
