package dk.renos.email.message;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One received e-mail, identified by its RFC 822 Message-ID (unique: a re-sync never duplicates it). */
@Entity
@Table(name = "email_message")
public class EmailMessage {

  private static final int MAX_SUBJECT = 998;

  @Id
  private UUID id;

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

  /** The To addresses, one per line (an address never contains a line break). */
  @Column(name = "to_addresses", nullable = false, columnDefinition = "text")
  private String toAddresses = "";

  @Column(name = "in_reply_to", length = 998)
  private String inReplyTo;

  /** The Message-IDs of the References header, space separated, oldest first. */
  @Column(name = "reference_ids", nullable = false, columnDefinition = "text")
  private String referenceIds = "";

  @Column(name = "sent_at")
  private Instant sentAt;

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
    this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    this.bodyText = bodyText;
  }

  /** A received message with all the headers ingest keeps. */
  public static EmailMessage received(UUID threadId, String messageId, boolean syntheticMessageId, String fromAddress,
      String fromName, List<String> to, String inReplyTo, List<String> references, Instant sentAt,
      Instant receivedAt, String subject, String bodyText) {
    EmailMessage message = new EmailMessage(threadId, messageId, fromAddress, receivedAt, subject, bodyText);
    message.syntheticMessageId = syntheticMessageId;
    message.fromName = fromName;
    message.toAddresses = String.join("\n", to);
    message.inReplyTo = inReplyTo;
    message.referenceIds = String.join(" ", references);
    message.sentAt = sentAt;
    return message;
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
    return split(toAddresses, "\n");
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  public List<String> getReferences() {
    return split(referenceIds, " ");
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

  private static List<String> split(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
  }
}
