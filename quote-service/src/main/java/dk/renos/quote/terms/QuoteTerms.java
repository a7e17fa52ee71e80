package dk.renos.quote.terms;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The commercial terms every quote states ({@code renos.quote.*}, env {@code RENOS_QUOTE_*}).
 *
 * @param servicefradragRate share of the deductible labour cost a private customer gets back
 *     (SKAT's tax value of servicefradrag); default 0.26. Env {@code
 *     RENOS_QUOTE_SERVICEFRADRAG_RATE}
 * @param servicefradragYearlyCapOre the most labour cost one person may deduct per year, in øre;
 *     default 6,600 kr (the cap for serviceydelser when this was written; check skat.dk each year).
 *     The quote applies one person's cap: what the customer can claim alone. Env {@code
 *     RENOS_QUOTE_SERVICEFRADRAG_YEARLY_CAP_ORE}
 * @param validity how long a quote stands from when it was drafted; default 30 days. Env {@code
 *     RENOS_QUOTE_VALIDITY}
 */
@ConfigurationProperties("renos.quote")
public record QuoteTerms(
    BigDecimal servicefradragRate, Long servicefradragYearlyCapOre, Duration validity) {

  public static final BigDecimal DEFAULT_SERVICEFRADRAG_RATE = new BigDecimal("0.26");
  public static final long DEFAULT_SERVICEFRADRAG_YEARLY_CAP_ORE = 660_000;
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

  public QuoteTerms {
    servicefradragRate =
        servicefradragRate != null ? servicefradragRate : DEFAULT_SERVICEFRADRAG_RATE;
    servicefradragYearlyCapOre =
        servicefradragYearlyCapOre != null
            ? servicefradragYearlyCapOre
            : DEFAULT_SERVICEFRADRAG_YEARLY_CAP_ORE;
    validity = validity != null ? validity : DEFAULT_VALIDITY;
    if (servicefradragRate.signum() < 0 || servicefradragRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("renos.quote.servicefradrag-rate must be 0..1");
    }
    if (servicefradragYearlyCapOre < 0) {
      throw new IllegalArgumentException("renos.quote.servicefradrag-yearly-cap-ore must be >= 0");
    }
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("renos.quote.validity must be positive");
    }
  }

  /** The defaults, for tests and tools that have no Spring environment. */
  public static QuoteTerms defaults() {
    return new QuoteTerms(null, null, null);
  }
}
