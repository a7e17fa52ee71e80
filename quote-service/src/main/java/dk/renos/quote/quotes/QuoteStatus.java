package dk.renos.quote.quotes;

/**
 * Where a quote stands. Every lead gets exactly one quote row; only {@link #DRAFTED} quotes are
 * published ({@code QuoteDrafted}) and only {@link #DRAFTED} or {@link #SENT} quotes can be
 * accepted.
 */
public enum QuoteStatus {
  /**
   * The lead lacks what the price needs (area, a known service type, frequency, add-on); nothing
   * published.
   */
  NEEDS_DETAILS,
  /**
   * The customer already has a quote for a lead received less than 7 days before or after; nothing
   * published.
   */
  BLOCKED_DUPLICATE,
  /**
   * Office job above 10,000 kr: a person makes the quote; the estimate is kept as a starting point.
   */
  CUSTOM_QUOTE_REQUIRED,
  /**
   * Priced and waiting for a person's approval (the approval queue, {@code
   * ?status=PENDING_APPROVAL}); {@code QuoteDrafted} published.
   */
  DRAFTED,
  /**
   * A person approved it; {@code QuoteApproved} and the {@code SendEmailRequested} command
   * published. Stays here until email-ingest-service reports the mail sent; in dry-run (the
   * default) that never happens: nothing was sent, and staff see the quote as approved, not sent.
   */
  APPROVED,
  /** A person rejected it with a reason; {@code QuoteRejected} published; nothing is sent. */
  REJECTED,
  /**
   * The mail went out ({@code EmailSent} with the quote's command id); {@code QuoteSent} published.
   */
  SENT,
  ACCEPTED,
  DECLINED,
  EXPIRED;

  /**
   * The queue name staff use for {@link #DRAFTED} quotes: {@code GET
   * /api/quotes?status=PENDING_APPROVAL}.
   */
  public static final String PENDING_APPROVAL = "PENDING_APPROVAL";

  /**
   * The states from which the customer can accept: drafted, approved (e.g. sent by hand in dry-run)
   * or sent.
   */
  public boolean acceptable() {
    return this == DRAFTED || this == APPROVED || this == SENT;
  }
}
