package dk.renos.lead.intake;

import dk.renos.lead.intake.parsing.ParsedLead;
import dk.renos.support.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An enquiry from one source (a lead portal, the website form, direct mail, ...), linked to the
 * customer it came from. A lead from e-mail remembers the message and thread ({@code
 * emailMessageId} is unique: one lead per e-mail). Holds no contact details itself (those are on
 * the customer); {@code reviewReason} never contains personal data.
 */
@Entity
@Table(name = "lead")
public class Lead {

  private static final int MAX_REASON = 1000;

  @Id private UUID id;

  @Column(nullable = false, length = 40)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LeadStatus status;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "service_type", length = 60)
  private String serviceType;

  @Column(length = 20)
  private String frequency;

  @Column(name = "area_sqm")
  private Integer areaSqm;

  @Column(length = 500)
  private String rooms;

  @Column(name = "property_type", length = 60)
  private String propertyType;

  @Convert(converter = StringListConverter.class)
  @Column(columnDefinition = "text")
  private List<String> extras = List.of();

  @Convert(converter = StringListConverter.class)
  @Column(name = "add_ons", columnDefinition = "text")
  private List<String> addOns = List.of();

  @Column(name = "preferred_days", length = 500)
  private String preferredDays;

  @Column(name = "review_reason", length = MAX_REASON)
  private String reviewReason;

  @Column(name = "email_message_id")
  private UUID emailMessageId;

  @Column(name = "thread_id")
  private UUID threadId;

  @Column(length = 2000)
  private String summary;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Lead() {}

  private Lead(
      String source,
      LeadStatus status,
      String serviceType,
      String summary,
      Instant receivedAt,
      Instant now) {
    this.id = UUID.randomUUID();
    this.source = source;
    this.status = status;
    this.serviceType = serviceType;
    this.summary = summary;
    this.receivedAt = receivedAt;
    this.createdAt = now;
  }

  /**
   * A NEW lead with no e-mail behind it. Nothing in the service creates one yet (leads come only
   * from e-mail); the integration tests use it to put leads in the list.
   */
  public static Lead receive(
      String source, String serviceType, String summary, Instant receivedAt, Instant now) {
    return new Lead(source, LeadStatus.NEW, serviceType, summary, receivedAt, now);
  }

  /**
   * A lead extracted from an e-mail with certainty, for a found or created customer: status NEW.
   */
  public static Lead fromEmail(
      String source,
      ParsedLead fields,
      List<String> addOns,
      UUID customerId,
      EmailRef email,
      Instant now) {
    Lead lead =
        new Lead(source, LeadStatus.NEW, name(fields.serviceType()), null, email.receivedAt(), now);
    lead.customerId = customerId;
    lead.copy(fields, addOns, email);
    return lead;
  }

  /** Probably a lead, but a person must decide: status MANUAL_REVIEW, no customer yet. */
  public static Lead forManualReview(
      String source,
      String reason,
      ParsedLead partial,
      List<String> addOns,
      EmailRef email,
      Instant now) {
    Lead lead =
        new Lead(
            source,
            LeadStatus.MANUAL_REVIEW,
            name(partial.serviceType()),
            null,
            email.receivedAt(),
            now);
    lead.reviewReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    lead.copy(partial, addOns, email);
    return lead;
  }

  private void copy(ParsedLead fields, List<String> addOns, EmailRef email) {
    this.frequency = name(fields.frequency());
    this.areaSqm = fields.areaSqm();
    this.rooms = rooms(fields.rooms());
    this.propertyType = truncate(fields.propertyType(), 60);
    this.extras = List.copyOf(fields.extras());
    this.addOns = List.copyOf(addOns);
    this.preferredDays = truncate(fields.preferredDays(), 500);
    this.emailMessageId = email.messageId();
    this.threadId = email.threadId();
  }

  /**
   * Files a lead that was just extracted from old mail as history: its customer link and fields
   * stay, but nobody will work it. Only for a lead not yet stored.
   */
  public void fileAsHistorical() {
    if (status != LeadStatus.NEW && status != LeadStatus.MANUAL_REVIEW) {
      throw new IllegalStateException("A " + status + " lead cannot be filed as historical");
    }
    this.status = LeadStatus.HISTORICAL;
  }

  /** Links the lead to the customer it came from and marks it qualified. */
  public void qualify(UUID customerId) {
    if (status != LeadStatus.NEW && status != LeadStatus.QUALIFIED) {
      throw new IllegalStateException("A " + status + " lead cannot be qualified");
    }
    this.customerId = customerId;
    this.status = LeadStatus.QUALIFIED;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String rooms(Map<String, Integer> rooms) {
    if (rooms.isEmpty()) {
      return null;
    }
    return truncate(
        rooms.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", ")),
        500);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
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

  public String getFrequency() {
    return frequency;
  }

  public Integer getAreaSqm() {
    return areaSqm;
  }

  public String getRooms() {
    return rooms;
  }

  public String getPropertyType() {
    return propertyType;
  }

  public List<String> getExtras() {
    return extras;
  }

  public List<String> getAddOns() {
    return addOns;
  }

  public String getPreferredDays() {
    return preferredDays;
  }

  public String getReviewReason() {
    return reviewReason;
  }

  public UUID getEmailMessageId() {
    return emailMessageId;
  }

  public UUID getThreadId() {
    return threadId;
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

  @Override
  public String toString() {
    return "Lead[" + id + ", " + status + "]";
  }

  /** The e-mail a lead came from. */
  public record EmailRef(UUID messageId, UUID threadId, Instant receivedAt) {}
}
