package dk.renos.quote.quotes;

import java.math.BigDecimal;

/** Fixed Danish sentences every quote carries, in one place so mail, API and page agree. */
public final class QuoteWording {

  /** DOMAIN.md "Prices": the customer pays actual time; we call before running over. */
  public static final String ACTUAL_TIME =
      "Du betaler for den faktiske tid. Hvis opgaven ser ud til at tage mere end en time længere end"
          + " anslået, ringer vi til dig, før vi fortsætter.";

  /**
   * How far past the estimate a job may run before the company calls: the top of the estimate's
   * range, per person on site.
   */
  public static final BigDecimal CALL_AFTER_HOURS_OVER = BigDecimal.ONE;

  private QuoteWording() {}
}
