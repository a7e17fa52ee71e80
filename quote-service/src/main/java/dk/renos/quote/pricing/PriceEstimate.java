package dk.renos.quote.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The engine's answer. Money is in øre (1/100 DKK), never a floating-point number.
 *
 * @param persons how many cleaners are sent
 * @param hoursOnSite how long each person is expected on site, rounded up to the half hour; the
 *     length of the calendar booking
 * @param personHours the billed person-hours (a multiple of 0.5, at least 2); the price is {@code
 *     personHours × 349 kr}. Not always {@code persons × hoursOnSite}: two persons sharing 2.5
 *     person-hours are booked 1.5 h on site
 * @param priceInclVatOre the price including 25 % VAT, whole kroner (a multiple of 100 øre)
 * @param vatOre the VAT contained in the price: 20 % of the price including VAT
 * @param labourDeductionOre servicefradrag, about 26 % of the labour cost; 0 for business customers
 *     and offices
 * @param priceAfterDeductionOre {@code priceInclVatOre - labourDeductionOre}
 * @param needsCustomQuote true for office jobs above 10,000 kr: a person must make the quote
 * @param explanation each step of the calculation in plain Danish, without personal data
 */
public record PriceEstimate(
    int persons,
    BigDecimal hoursOnSite,
    BigDecimal personHours,
    long priceInclVatOre,
    long vatOre,
    long labourDeductionOre,
    long priceAfterDeductionOre,
    boolean needsCustomQuote,
    List<String> explanation) {

  public PriceEstimate {
    explanation = List.copyOf(explanation);
  }
}
