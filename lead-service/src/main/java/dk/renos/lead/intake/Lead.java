package dk.renos.lead.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enquiry from one source (e-mail, website form, phone, ...), later linked to a customer. */
@Entity
@Table(name = "lead")
public class Lead {

  @Id
  private UUID id;

  @Column(nullable = false, length = 40)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LeadStatus status;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "service_type", length = 60)
  private String serviceType;

  @Column(length = 2000)
  private String summary;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Lead() {
  }

  private Lead(String source, String serviceType, String summary, Instant receivedAt, Instant now) {
    this.id = UUID.randomUUID();
    this.source = source;
    this.status = LeadStatus.NEW;
    this.serviceType = serviceType;
    this.summary = summary;
    this.receivedAt = receivedAt;
    this.createdAt = now;
  }

  public static Lead receive(String source, String serviceType, String summary, Instant receivedAt, Instant now) {
    return new Lead(source, serviceType, summary, receivedAt, now);
  }

  /** Links the lead to the customer it came from and marks it qualified. */
  public void qualify(UUID customerId) {
    if (status != LeadStatus.NEW && status != LeadStatus.QUALIFIED) {
      throw new IllegalStateException("A " + status + " lead cannot be qualified");
    }
    this.customerId = customerId;
    this.status = LeadStatus.QUALIFIED;
  }

  public UUID getId() {
    return id;
  }

  public String getSource() {
    return source;
  }

  public LeadStatus getStatus() {
    return status;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public String getServiceType() {
    return serviceType;
  }

  public String getSummary() {
    return summary;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
