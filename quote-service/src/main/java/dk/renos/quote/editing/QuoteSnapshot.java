package dk.renos.quote.editing;

import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.quotes.LineKind;
import dk.renos.quote.quotes.Quote;
import java.math.BigDecimal;
import java.util.List;

/** What staff can change on a quote, and the money that follows from it: one side of a change. */
public record QuoteSnapshot(
    CustomerKind customerKind,
    Integer persons,
    BigDecimal hoursOnSite,
    Integer visitMinutes,
    List<Line> lines,
    String openingText,
    String closingText,
    Long priceInclVatOre,
    Long labourDeductionOre,
    Long priceAfterDeductionOre) {

  public record Line(
      LineKind kind, String description, int persons, BigDecimal hours, long amountOre) {}

  static QuoteSnapshot of(Quote quote) {
    return new QuoteSnapshot(
        quote.getCustomerKind(),
        quote.getPersons(),
        quote.getHoursOnSite(),
        quote.getVisitMinutes(),
        quote.getLines().stream()
            .map(
                line ->
                    new Line(
                        line.getKind(),
                        line.getDescription(),
                        line.getPersons(),
                        line.getHours(),
                        line.getAmountOre()))
            .toList(),
        quote.getOpeningText(),
        quote.getClosingText(),
        quote.getPriceInclVatOre(),
        quote.getLabourDeductionOre(),
        quote.getPriceAfterDeductionOre());
  }
}
