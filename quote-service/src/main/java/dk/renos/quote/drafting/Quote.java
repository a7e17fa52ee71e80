package dk.renos.quote.drafting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A price offer for a lead. Money is kept in øre (1/100 DKK) including 25 % VAT, never as a float. */
@Entity
@Table(name = "quote")
public class Quote {

  @Id
  private UUID id;

  @Column(name = "lead_id", nullable = false)
  private UUID leadId;

  @Column(name = "customer_id", nullable = false)
  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuoteStatus status;

  @Column(name = "service_type", nullable = false, length = 60)
  private String serviceType;

  @Column(nullable = false)
  private int persons;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal hours;

  @Column(name = "price_incl_vat_ore", nullable = false)
  private long priceInclVatOre;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Quote() {
  }

  private Quote(UUID leadId, UUID customerId, String serviceType, int persons, BigDecimal hours,
      long priceInclVatOre, Instant now) {
    if (persons <= 0 || hours.signum() <= 0 || priceInclVatOre < 0) {
      throw new IllegalArgumentException("persons and hours must be positive, the price not negative");
    }
    this.id = UUID.randomUUID();
    this.leadId = leadId;
    this.customerId = customerId;
    this.status = QuoteStatus.DRAFT;
    this.serviceType = serviceType;
    this.persons = persons;
    this.hours = hours;
    this.priceInclVatOre = priceInclVatOre;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public static Quote draft(UUID leadId, UUID customerId, String serviceType, int persons, BigDecimal hours,
      long priceInclVatOre, Instant now) {
    return new Quote(leadId, customerId, serviceType, persons, hours, priceInclVatOre, now);
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

  public String getServiceType() {
    return serviceType;
  }

  public int getPersons() {
    return persons;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public long getPriceInclVatOre() {
    return priceInclVatOre;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
