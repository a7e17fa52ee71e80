package dk.renos.quote.quotes;

import dk.renos.quote.pricing.CustomerKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * What staff change on a quote before approving it; every field is optional (null = unchanged).
 * Already validated at the edge; {@link Quote#edit} checks again what the domain needs.
 *
 * @param customerKind PRIVATE or BUSINESS; re-bills the servicefradrag
 * @param persons cleaners sent (the booking), 1..10
 * @param hoursOnSite hours each person is on site (the booking length), a half-hour multiple
 * @param lines replaces every line; the money is recomputed from them
 * @param openingText the mail's opening paragraph; blank = back to the template's
 * @param closingText the mail's closing paragraph; blank = back to the template's
 */
public record QuoteEdit(
    CustomerKind customerKind,
    Integer persons,
    BigDecimal hoursOnSite,
    List<QuoteLine> lines,
    String openingText,
    String closingText) {}
