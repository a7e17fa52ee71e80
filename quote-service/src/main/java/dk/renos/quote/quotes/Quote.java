package dk.renos.quote.quotes;

import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.support.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to one lead (one quote per lead). Money is kept in øre (1/100 DKK) including 25 % VAT,
 * never as a float. The price follows {@code personHours}; the booking length follows {@code
 * hoursOnSite} ({@code visitMinutes}). Quotes that need details or were blocked as duplicates carry
 * no price.
 */
@Entity
@Table(name = "quote")
public class Quote {

  private static final int MINUTES_PER_HOUR = 60;

  @Id private UUID id;

  @Version private Long version;

  @Column(name = "lead_id", nullable = false, updatable = false)
  private UUID leadId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private QuoteStatus status;

  @Column(name = "status_reason", length = 300)
  private String statusReason;

  @Column(name = "service_type", nullable = false, length = 60)
  private String serviceType;

  @Column(length = 20)
  private String frequency;

  @Column(name = "area_sqm")
  private Integer areaSqm;

  /** Add-on codes as the lead sent them. */
  @Convert(converter = StringListConverter.class)
  @Column(name = "add_ons", nullable = false, columnDefinition = "text")
  private List<String> addOns = List.of();

  @Enumerated(EnumType.STRING)
  @Column(name = "customer_kind", nullable = false, length = 20)
  private CustomerKind customerKind;

  private Integer persons;

  @Column(name = "hours_on_site", precision = 6, scale = 2)
  private BigDecimal hoursOnSite;

  @Column(name = "person_hours", precision = 6, scale = 2)
  private BigDecimal personHours;

  @Column(name = "price_incl_vat_ore")
  private Long priceInclVatOre;

  @Column(name = "vat_ore")
  private Long vatOre;

  @Column(name = "labour_deduction_ore")
  private Long labourDeductionOre;

  @Column(name = "price_after_deduction_ore")
  private Long priceAfterDeductionOre;

  @Column(name = "visit_minutes")
  private Integer visitMinutes;

  /** The pricing engine's steps in Danish, one element each (empty while there is no price). */
  @Convert(converter = StringListConverter.class)
  @Column(columnDefinition = "text")
  private List<String> explanation = List.of();

  @Column(name = "duplicate_warning", nullable = false)
  private boolean duplicateWarning;

  @Column(name = "duplicate_of_quote_id")
  private UUID duplicateOfQuoteId;

  @Column(name = "lead_received_at", nullable = false, updatable = false)
  private Instant leadReceivedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Quote() {}

  private Quote(LeadDetails lead, QuoteStatus status, String statusReason, Instant now) {
    this.id = UUID.randomUUID();
    this.leadId = lead.leadId();
    this.customerId = lead.customerId();
    this.status = status;
    this.statusReason = statusReason;
    this.serviceType = lead.serviceType();
    this.frequency = lead.frequency();
    this.areaSqm = lead.areaSqm();
    this.addOns = List.copyOf(lead.addOns());
    this.customerKind = lead.customerKind();
    this.leadReceivedAt = lead.receivedAt();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A quote that cannot be priced yet: the lead lacks something the price needs. */
  public static Quote needsDetails(LeadDetails lead, String reason, Instant now) {
    return new Quote(lead, QuoteStatus.NEEDS_DETAILS, reason, now);
  }

  /** A quote that is not made because the customer has another one from less than 7 days before. */
  public static Quote blockedDuplicate(
      LeadDetails lead, UUID duplicateOf, String reason, Instant now) {
    Quote quote = new Quote(lead, QuoteStatus.BLOCKED_DUPLICATE, reason, now);
    quote.duplicateOfQuoteId = duplicateOf;
    return quote;
  }

  /**
   * A priced quote: {@link QuoteStatus#DRAFTED}, or {@link QuoteStatus#CUSTOM_QUOTE_REQUIRED} when
   * the engine says a person must make it (the estimate is kept as a starting point).
   *
   * @param warnedAbout another quote of the customer from 7–30 days before, or null
   */
  public static Quote priced(
      LeadDetails lead, PriceEstimate estimate, UUID warnedAbout, Instant now) {
    Quote quote =
        estimate.needsCustomQuote()
            ? new Quote(lead, QuoteStatus.CUSTOM_QUOTE_REQUIRED, "office job above 10,000 kr", now)
            : new Quote(lead, QuoteStatus.DRAFTED, null, now);
    quote.persons = estimate.persons();
    quote.hoursOnSite = estimate.hoursOnSite();
    quote.personHours = estimate.personHours();
    quote.priceInclVatOre = estimate.priceInclVatOre();
    quote.vatOre = estimate.vatOre();
    quote.labourDeductionOre = estimate.labourDeductionOre();
    quote.priceAfterDeductionOre = estimate.priceAfterDeductionOre();
    quote.visitMinutes =
        estimate.hoursOnSite().multiply(BigDecimal.valueOf(MINUTES_PER_HOUR)).intValueExact();
    quote.explanation = List.copyOf(estimate.explanation());
    quote.duplicateWarning = warnedAbout != null;
    quote.duplicateOfQuoteId = warnedAbout;
    return quote;
  }

  /**
   * The customer accepted. Only a drafted or sent quote can be accepted.
   *
   * @throws QuoteNotAcceptableException in any other state (already accepted, not priced, ...)
   */
  public void accept(Instant now) {
    if (!status.acceptable()) {
      throw new QuoteNotAcceptableException(id, status);
    }
    status = QuoteStatus.ACCEPTED;
    acceptedAt = now;
    updatedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getLeadId() {
    return leadId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public QuoteStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
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

  public List<String> getAddOns() {
    return addOns;
  }

  public CustomerKind getCustomerKind() {
    return customerKind;
  }

  public Integer getPersons() {
    return persons;
  }

  public BigDecimal getHoursOnSite() {
    return hoursOnSite;
  }

  public BigDecimal getPersonHours() {
    return personHours;
  }

  public Long getPriceInclVatOre() {
    return priceInclVatOre;
  }

  public Long getVatOre() {
    return vatOre;
  }

  public Long getLabourDeductionOre() {
    return labourDeductionOre;
  }

  public Long getPriceAfterDeductionOre() {
    return priceAfterDeductionOre;
  }

  public Integer getVisitMinutes() {
    return visitMinutes;
  }

  public List<String> getExplanation() {
    return explanation;
  }

  public boolean isDuplicateWarning() {
    return duplicateWarning;
  }

  public UUID getDuplicateOfQuoteId() {
    return duplicateOfQuoteId;
  }

  public Instant getLeadReceivedAt() {
    return leadReceivedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
