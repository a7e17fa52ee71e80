package dk.renos.email.gmail.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A connected Gmail mailbox and its (encrypted) credential. */
@NamedInterface("api")
@Entity
@Table(name = "gmail_connection")
public class GmailConnection {

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = 320)
  private String mailbox;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConnectionKind kind;

  @Column(name = "secret_ciphertext", nullable = false)
  private byte[] secretCiphertext;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ConnectionStatus status;

  @Column(name = "status_reason", columnDefinition = "text")
  private String statusReason;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected GmailConnection() {}

  GmailConnection(String mailbox, ConnectionKind kind, Instant now) {
    this.id = UUID.randomUUID();
    this.mailbox = normalise(mailbox);
    this.kind = kind;
    this.status = ConnectionStatus.CONNECTED;
    this.statusChangedAt = now;
    this.createdAt = now;
  }

  static String normalise(String mailbox) {
    return mailbox.strip().toLowerCase(Locale.ROOT);
  }

  void replaceSecret(ConnectionKind kind, byte[] ciphertext, Instant now) {
    this.kind = kind;
    this.secretCiphertext = ciphertext;
    markConnected(now);
  }

  void markConnected(Instant now) {
    if (status != ConnectionStatus.CONNECTED) {
      statusChangedAt = now;
    }
    status = ConnectionStatus.CONNECTED;
    statusReason = null;
  }

  void markNeedsReauthorisation(String reason, Instant now) {
    if (status != ConnectionStatus.NEEDS_REAUTHORISATION) {
      statusChangedAt = now;
    }
    status = ConnectionStatus.NEEDS_REAUTHORISATION;
    statusReason = reason;
  }

  /** The associated data the secret is sealed with: a ciphertext only opens on its own row. */
  String secretContext() {
    return "gmail-connection:" + id;
  }

  public UUID getId() {
    return id;
  }

  public String getMailbox() {
    return mailbox;
  }

  public ConnectionKind getKind() {
    return kind;
  }

  byte[] getSecretCiphertext() {
    return secretCiphertext;
  }

  public ConnectionStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
