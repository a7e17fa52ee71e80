package dk.renos.quote.quotes;

import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.terms.QuoteTerms;
import dk.renos.support.persistence.StringListConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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

  /** The billed lines; the price columns are their totals ({@link QuoteTotals}). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quote_line", joinColumns = @JoinColumn(name = "quote_id"))
  @OrderColumn(name = "position")
  private List<QuoteLine> lines = new ArrayList<>();

  /** The cap on deductible labour cost limited the servicefradrag. */
  @Column(name = "deduction_capped", nullable = false)
  private boolean deductionCapped;

  /** Staff's opening paragraph for the mail; null = the template's (or the model's). */
  @Column(name = "opening_text", columnDefinition = "text")
  private String openingText;

  /** Staff's closing paragraph for the mail; null = the template's (or the model's). */
  @Column(name = "closing_text", columnDefinition = "text")
  private String closingText;

  /** Until when the quote stands (UTC); the mail shows the date in Europe/Copenhagen. */
  @Column(name = "valid_until")
  private Instant validUntil;

  @Column(name = "lead_received_at", nullable = false, updatable = false)
  private Instant leadReceivedAt;

  /** Where the lead came from (RENGORING_NU, ADHELP, ...): decides how the quote is answered. */
  @Column(name = "lead_source", length = 40, updatable = false)
  private String leadSource;

  /** The lead's mail thread, null for a lead entered by hand. */
  @Column(name = "lead_thread_id", updatable = false)
  private UUID leadThreadId;

  /** The customer's wish for days, in their own words (personal: never logged). */
  @Column(name = "preferred_days", length = 200, updatable = false)
  private String preferredDays;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  /** The prepared mail: exactly what the preview shows and approval sends (personal data). */
  @Column(name = "mail_subject", length = 300)
  private String mailSubject;

  @Column(name = "mail_body", columnDefinition = "text")
  private String mailBody;

  /** The one permitted recipient; null = none (staff must call the customer). */
  @Column(name = "mail_to", length = 320)
  private String mailTo;

  /** The RenOS thread to reply in; null = a new conversation. */
  @Column(name = "mail_thread_id")
  private UUID mailThreadId;

  /** Whether the mail offers booking-service's free slots (false: "we will propose times"). */
  @Column(name = "mail_slots_offered")
  private Boolean mailSlotsOffered;

  @Column(name = "mail_prepared_at")
  private Instant mailPreparedAt;

  /**
   * Where the mail's opening and closing came from: TEMPLATE, STAFF, MODEL, or
   * TEMPLATE_AFTER_MODEL_FAILURE.
   */
  @Column(name = "mail_text_source", length = 30)
  private String mailTextSource;

  /** The accept link's nonce; the token is re-derived from it, never stored. */
  @Column(name = "link_nonce", length = 40)
  private String linkNonce;

  /** SHA-256 (hex) of the accept token, for the lookup. */
  @Column(name = "accept_token_hash", length = 64)
  private String acceptTokenHash;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  /** The {@code SendEmailRequested.commandId} that sends this quote. */
  @Column(name = "send_command_id")
  private UUID sendCommandId;

  @Column(name = "rejected_by", length = 100)
  private String rejectedBy;

  @Column(name = "rejected_at")
  private Instant rejectedAt;

  @Column(name = "rejection_reason", length = 500)
  private String rejectionReason;

  /** The outgoing email (email-ingest's message id) once it was sent. */
  @Column(name = "email_message_id")
  private UUID emailMessageId;

  @Column(name = "sent_at")
  private Instant sentAt;

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
    this.leadSource = lead.source();
    this.leadThreadId = lead.threadId();
    this.preferredDays = lead.preferredDays();
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
   * the engine says a person must make it (the estimate is kept as a starting point). Persons and
   * hours on site (the booking) come from the estimate; the money from the lines and the terms.
   *
   * @param lines the billed lines ({@link QuoteLines#from})
   * @param warnedAbout another quote of the customer from 7–30 days before, or null
   */
  public static Quote priced(
      LeadDetails lead,
      PriceEstimate estimate,
      List<QuoteLine> lines,
      QuoteTerms terms,
      UUID warnedAbout,
      Instant now) {
    Quote quote =
        estimate.needsCustomQuote()
            ? new Quote(lead, QuoteStatus.CUSTOM_QUOTE_REQUIRED, "office job above 10,000 kr", now)
            : new Quote(lead, QuoteStatus.DRAFTED, null, now);
    quote.persons = estimate.persons();
    quote.hoursOnSite = estimate.hoursOnSite();
    quote.visitMinutes =
        estimate.hoursOnSite().multiply(BigDecimal.valueOf(MINUTES_PER_HOUR)).intValueExact();
    quote.explanation = List.copyOf(estimate.explanation());
    quote.duplicateWarning = warnedAbout != null;
    quote.duplicateOfQuoteId = warnedAbout;
    quote.validUntil = now.plus(terms.validity());
    quote.bill(lines, terms);
    return quote;
  }

  /** Replaces the lines and recomputes every money field from them. */
  void bill(List<QuoteLine> newLines, QuoteTerms terms) {
    if (newLines.isEmpty()) {
      throw new IllegalArgumentException("lines must not be empty");
    }
    lines.clear();
    lines.addAll(newLines);
    QuoteTotals totals = QuoteTotals.of(lines, customerKind, serviceType, terms);
    personHours =
        lines.stream().map(QuoteLine::getPersonHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    priceInclVatOre = totals.priceInclVatOre();
    vatOre = totals.vatOre();
    labourDeductionOre = totals.labourDeductionOre();
    priceAfterDeductionOre = totals.priceAfterDeductionOre();
    deductionCapped = totals.deductionCapped();
  }

  /** The totals of the lines, including the rounding and whether the cap applied. */
  public QuoteTotals totals(QuoteTerms terms) {
    return QuoteTotals.of(lines, customerKind, serviceType, terms);
  }

  /**
   * What each later visit of a recurring customer costs: the lines without the first-visit extra;
   * empty when the quote has no first-visit extra.
   */
  public java.util.Optional<QuoteTotals> regularVisitTotals(QuoteTerms terms) {
    if (lines.stream().noneMatch(line -> line.getKind() == LineKind.FIRST_VISIT_EXTRA)) {
      return java.util.Optional.empty();
    }
    List<QuoteLine> regular =
        lines.stream().filter(line -> line.getKind() != LineKind.FIRST_VISIT_EXTRA).toList();
    return java.util.Optional.of(QuoteTotals.of(regular, customerKind, serviceType, terms));
  }

  /** Whether staff may still change it: before approval, and only when it has a price. */
  public boolean editable() {
    return status == QuoteStatus.DRAFTED || status == QuoteStatus.CUSTOM_QUOTE_REQUIRED;
  }

  /**
   * Applies staff's changes and recomputes the money and the booking length.
   *
   * @throws QuoteNotEditableException once the quote is approved, sent, accepted, ... or unpriced
   */
  public void edit(QuoteEdit edit, QuoteTerms terms, Instant now) {
    if (!editable()) {
      throw new QuoteNotEditableException(id, status);
    }
    if (edit.customerKind() != null) {
      customerKind = edit.customerKind();
    }
    if (edit.persons() != null) {
      persons = edit.persons();
    }
    if (edit.hoursOnSite() != null) {
      hoursOnSite = edit.hoursOnSite().setScale(2, java.math.RoundingMode.UNNECESSARY);
      visitMinutes =
          edit.hoursOnSite().multiply(BigDecimal.valueOf(MINUTES_PER_HOUR)).intValueExact();
    }
    if (edit.openingText() != null) {
      openingText = edit.openingText().isBlank() ? null : edit.openingText().strip();
    }
    if (edit.closingText() != null) {
      closingText = edit.closingText().isBlank() ? null : edit.closingText().strip();
    }
    bill(edit.lines() != null ? edit.lines() : List.copyOf(lines), terms);
    forgetMail();
    updatedAt = now;
  }

  /**
   * Keeps the rendered mail, its recipient and the accept link's nonce and hash: from now on the
   * preview shows exactly this and approval sends exactly this.
   *
   * @param to the permitted recipient, or null when there is none (staff must call)
   * @param threadId the thread to reply in, or null for a new conversation
   * @throws QuoteStateException unless the quote is DRAFTED
   */
  public void prepareMail(
      String subject,
      String body,
      boolean slotsOffered,
      String to,
      UUID threadId,
      String nonce,
      String tokenHash,
      String textSource,
      Instant now) {
    if (status != QuoteStatus.DRAFTED) {
      throw new QuoteStateException(id, status, "prepare its mail");
    }
    mailSubject = subject;
    mailBody = body;
    mailSlotsOffered = slotsOffered;
    mailTo = to;
    mailThreadId = threadId;
    linkNonce = nonce;
    acceptTokenHash = tokenHash;
    mailPreparedAt = now;
    mailTextSource = textSource;
    updatedAt = now;
  }

  /** A change makes the prepared mail stale: the next preview or approval renders it again. */
  private void forgetMail() {
    mailSubject = null;
    mailBody = null;
    mailSlotsOffered = null;
    mailTo = null;
    mailThreadId = null;
    linkNonce = null;
    acceptTokenHash = null;
    mailPreparedAt = null;
    mailTextSource = null;
  }

  public boolean hasPreparedMail() {
    return mailPreparedAt != null;
  }

  /**
   * A person approved the prepared mail; {@code commandId} is the send command's id.
   *
   * @throws QuoteStateException unless DRAFTED with a prepared mail that has a recipient
   */
  public void approve(String by, UUID commandId, Instant now) {
    if (status != QuoteStatus.DRAFTED) {
      throw new QuoteStateException(id, status, "be approved");
    }
    if (!hasPreparedMail()) {
      throw new IllegalStateException("quote " + id + " has no prepared mail");
    }
    if (mailTo == null) {
      throw new QuoteStateException(
          id, status, "be approved: it has no permitted recipient; call the customer");
    }
    status = QuoteStatus.APPROVED;
    approvedBy = by;
    approvedAt = now;
    sendCommandId = commandId;
    updatedAt = now;
  }

  /**
   * A person rejected it: a drafted quote, or one that needed a custom quote.
   *
   * @throws QuoteStateException in any other state
   */
  public void reject(String reason, String by, Instant now) {
    if (!editable()) {
      throw new QuoteStateException(id, status, "be rejected");
    }
    status = QuoteStatus.REJECTED;
    rejectionReason = reason;
    rejectedBy = by;
    rejectedAt = now;
    updatedAt = now;
  }

  /**
   * email-ingest-service reported the mail sent. Only an approved quote moves to SENT; false when
   * it already left APPROVED (a redelivered report, or the customer accepted meanwhile): nothing to
   * publish.
   */
  public boolean markSent(UUID messageId, Instant sentAt, Instant now) {
    if (status != QuoteStatus.APPROVED) {
      return false;
    }
    status = QuoteStatus.SENT;
    emailMessageId = messageId;
    this.sentAt = sentAt;
    updatedAt = now;
    return true;
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

  public String getMailSubject() {
    return mailSubject;
  }

  public String getMailBody() {
    return mailBody;
  }

  public String getMailTo() {
    return mailTo;
  }

  public UUID getMailThreadId() {
    return mailThreadId;
  }

  public Boolean getMailSlotsOffered() {
    return mailSlotsOffered;
  }

  public String getMailTextSource() {
    return mailTextSource;
  }

  public Instant getMailPreparedAt() {
    return mailPreparedAt;
  }

  public String getLinkNonce() {
    return linkNonce;
  }

  public String getAcceptTokenHash() {
    return acceptTokenHash;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public UUID getSendCommandId() {
    return sendCommandId;
  }

  public String getRejectedBy() {
    return rejectedBy;
  }

  public Instant getRejectedAt() {
    return rejectedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public UUID getEmailMessageId() {
    return emailMessageId;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public List<QuoteLine> getLines() {
    return List.copyOf(lines);
  }

  public boolean isDeductionCapped() {
    return deductionCapped;
  }

  public String getOpeningText() {
    return openingText;
  }

  public String getClosingText() {
    return closingText;
  }

  public Instant getValidUntil() {
    return validUntil;
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

  public String getLeadSource() {
    return leadSource;
  }

  public UUID getLeadThreadId() {
    return leadThreadId;
  }

  public String getPreferredDays() {
    return preferredDays;
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
