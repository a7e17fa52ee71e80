package dk.renos.email.message;

import dk.renos.support.persistence.StringListConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One received e-mail, identified by its RFC 822 Message-ID (unique: a re-sync never duplicates
 * it).
 */
@Entity
@Table(name = "email_message")
public class EmailMessage {

  private static final int MAX_SUBJECT = 998;

  @Id private UUID id;

  @Column(name = "thread_id", nullable = false)
  private UUID threadId;

  @Column(name = "message_id", nullable = false, unique = true, length = 998)
  private String messageId;

  @Column(name = "synthetic_message_id", nullable = false)
  private boolean syntheticMessageId;

  @Column(nullable = false, length = 320)
  private String sender;

  @Column(name = "from_name", length = 998)
  private String fromName;

  /** The To addresses. */
  @Convert(converter = StringListConverter.class)
  @Column(name = "to_addresses", nullable = false, columnDefinition = "text")
  private List<String> toAddresses = List.of();

  @Column(name = "in_reply_to", length = 998)
  private String inReplyTo;

  /** The Message-IDs of the References header, oldest first. */
  @Convert(converter = StringListConverter.class)
  @Column(name = "reference_ids", nullable = false, columnDefinition = "text")
  private List<String> referenceIds = List.of();

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false, length = 998)
  private String subject;

  @Column(name = "body_text", nullable = false, columnDefinition = "text")
  private String bodyText;

  /**
   * The Gmail connection it was synced from; {@code null} for the local mailbox and POST
   * /api/emails.
   */
  @Column(name = "connection_id")
  private UUID connectionId;

  @Column(name = "gmail_id", unique = true, length = 64)
  private String gmailId;

  @Column(name = "gmail_thread_id", length = 64)
  private String gmailThreadId;

  /** Gmail label ids. */
  @Convert(converter = StringListConverter.class)
  @Column(name = "label_ids", nullable = false, columnDefinition = "text")
  private List<String> labelIds = List.of();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Direction direction = Direction.INBOUND;

  @Column(name = "deleted_in_gmail_at")
  private Instant deletedInGmailAt;

  @ElementCollection
  @CollectionTable(name = "email_attachment", joinColumns = @JoinColumn(name = "message_id"))
  @OrderColumn(name = "position")
  private List<StoredAttachment> attachments = new ArrayList<>();

  /**
   * INBOUND: received; OUTBOUND: sent from the company mailbox (stored for the thread, never a
   * lead).
   */
  public enum Direction {
    INBOUND,
    OUTBOUND
  }

  protected EmailMessage() {}

  public EmailMessage(
      UUID threadId,
      String messageId,
      String sender,
      Instant receivedAt,
      String subject,
      String bodyText) {
    this.id = UUID.randomUUID();
    this.threadId = threadId;
    this.messageId = messageId;
    this.sender = sender;
    this.receivedAt = receivedAt;
    this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    this.bodyText = bodyText;
  }

  /** A received message with all the headers ingest keeps. */
  public static EmailMessage received(
      UUID threadId,
      String messageId,
      boolean syntheticMessageId,
      String fromAddress,
      String fromName,
      List<String> to,
      String inReplyTo,
      List<String> references,
      Instant sentAt,
      Instant receivedAt,
      String subject,
      String bodyText) {
    EmailMessage message =
        new EmailMessage(threadId, messageId, fromAddress, receivedAt, subject, bodyText);
    message.syntheticMessageId = syntheticMessageId;
    message.fromName = fromName;
    message.toAddresses = List.copyOf(to);
    message.inReplyTo = inReplyTo;
    message.referenceIds = List.copyOf(references);
    message.sentAt = sentAt;
    return message;
  }

  /** Records where in Gmail this message lives. */
  public void linkToGmail(
      UUID connectionId,
      String gmailId,
      String gmailThreadId,
      List<String> labelIds,
      Direction direction) {
    this.connectionId = connectionId;
    this.gmailId = gmailId;
    this.gmailThreadId = gmailThreadId;
    this.labelIds = List.copyOf(labelIds);
    this.direction = direction;
  }

  public void recordAttachments(List<StoredAttachment> found) {
    attachments.clear();
    attachments.addAll(found);
  }

  public List<StoredAttachment> getAttachments() {
    return List.copyOf(attachments);
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

  public List<String> getLabelIds() {
    return labelIds;
  }

  public Direction getDirection() {
    return direction;
  }

  public Instant getDeletedInGmailAt() {
    return deletedInGmailAt;
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

  public boolean isSyntheticMessageId() {
    return syntheticMessageId;
  }

  public String getSender() {
    return sender;
  }

  public String getFromName() {
    return fromName;
  }

  public List<String> getTo() {
    return toAddresses;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  public List<String> getReferences() {
    return referenceIds;
  }

  public Instant getSentAt() {
    return sentAt;
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
