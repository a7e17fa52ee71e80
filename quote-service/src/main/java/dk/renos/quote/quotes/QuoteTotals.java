package dk.renos.quote.quotes;

import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.terms.QuoteTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a quote's lines add up to. All money in øre incl. 25 % VAT.
 *
 * @param linesOre the exact sum of the lines
 * @param roundingOre {@code priceInclVatOre − linesOre}: the total is rounded half up to whole
 *     kroner (as the pricing engine does), so this is −49..50 øre
 * @param priceInclVatOre the total incl. VAT, whole kroner
 * @param vatOre the VAT contained in it: 25 % on the net price = one fifth of the total
 * @param labourDeductionOre servicefradrag: the rate × the labour cost (every line is labour; no
 *     materials are billed), the labour cost capped at one person's yearly cap; 0 for business
 *     customers and office cleaning
 * @param priceAfterDeductionOre {@code priceInclVatOre − labourDeductionOre}
 * @param deductionCapped whether the cap limited the deduction
 */
public record QuoteTotals(
    long linesOre,
    long roundingOre,
    long priceInclVatOre,
    long vatOre,
    long labourDeductionOre,
    long priceAfterDeductionOre,
    boolean deductionCapped) {

  public static QuoteTotals of(
      List<QuoteLine> lines, CustomerKind customerKind, String serviceType, QuoteTerms terms) {
    long exact = lines.stream().mapToLong(QuoteLine::getAmountOre).sum();
    long price =
        BigDecimal.valueOf(exact)
            .movePointLeft(2)
            .setScale(0, RoundingMode.HALF_UP)
            .movePointRight(2)
            .longValueExact();
    long vat =
        BigDecimal.valueOf(price)
            .divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP)
            .longValue();
    long deduction = 0;
    boolean capped = false;
    if (deductible(customerKind, serviceType)) {
      long labour = price;
      if (labour > terms.servicefradragYearlyCapOre()) {
        labour = terms.servicefradragYearlyCapOre();
        capped = true;
      }
      deduction =
          BigDecimal.valueOf(labour)
              .multiply(terms.servicefradragRate())
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact();
    }
    return new QuoteTotals(exact, price - exact, price, vat, deduction, price - deduction, capped);
  }

  /** Servicefradrag is for private customers' homes: never businesses, never office cleaning. */
  public static boolean deductible(CustomerKind customerKind, String serviceType) {
    return customerKind == CustomerKind.PRIVATE && !ServiceType.OFFICE.name().equals(serviceType);
  }
}
