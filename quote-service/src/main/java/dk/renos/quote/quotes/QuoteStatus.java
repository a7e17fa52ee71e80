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
  /** Priced and waiting for a person's approval; {@code QuoteDrafted} published. */
  DRAFTED,
  SENT,
  ACCEPTED,
  DECLINED,
  EXPIRED;

  /** The states from which the customer can accept. */
  public boolean acceptable() {
    return this == DRAFTED || this == SENT;
  }
}
