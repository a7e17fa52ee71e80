package dk.renos.quote.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.quotes.LineKind;
import dk.renos.quote.quotes.QuoteLine;
import dk.renos.quote.quotes.QuoteLines;
import dk.renos.quote.quotes.QuoteTotals;
import dk.renos.quote.terms.QuoteTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteLinesTests {

  private final PricingEngine engine = new PricingEngine();

  @Test
  void theGoldenFirstVisitSplitsIntoServiceAddOnsAndTheFirstVisitExtra() {
    PriceRequest first =
        new PriceRequest(
            ServiceType.RECURRING,
            98,
            Frequency.WEEKLY,
            Set.of(AddOn.OVEN, AddOn.WINDOWS),
            true,
            CustomerKind.PRIVATE);

    List<QuoteLine> lines = lines(first);

    // regular 7 ph − oven 0.5 − windows 4 = 2.5 ph for two persons; first visit 8 ph: 1 ph extra
    assertThat(lines)
        .containsExactly(
            new QuoteLine(
                LineKind.SERVICE, "Fast rengøring, hver uge, 98 m²", 2, new BigDecimal("1.25")),
            new QuoteLine(LineKind.ADD_ON, "Ovn", 1, new BigDecimal("0.5")),
            new QuoteLine(
                LineKind.ADD_ON, "Vinduer (1 time pr. påbegyndte 30 m²)", 1, new BigDecimal("4")),
            new QuoteLine(
                LineKind.FIRST_VISIT_EXTRA,
                "Første besøg: ca. 30 % ekstra tid til at komme i bund",
                2,
                new BigDecimal("0.5")));
    assertThat(lines)
        .extracting(QuoteLine::getAmountOre)
        .containsExactly(87_250L, 17_450L, 139_600L, 34_900L);
    QuoteTotals totals =
        QuoteTotals.of(lines, CustomerKind.PRIVATE, "RECURRING", QuoteTerms.defaults());
    assertThat(totals.priceInclVatOre()).isEqualTo(279_200L);
    assertThat(totals.vatOre()).isEqualTo(55_840L);
    assertThat(totals.labourDeductionOre()).isEqualTo(72_592L);
    assertThat(totals.priceAfterDeductionOre()).isEqualTo(206_608L);
    assertThat(totals.roundingOre()).isZero();
  }

  static Stream<PriceRequest> requests() {
    Stream.Builder<PriceRequest> requests = Stream.builder();
    for (int area : new int[] {20, 49, 50, 51, 60, 65, 70, 98, 120, 140, 333}) {
      for (Frequency frequency : Frequency.values()) {
        requests.add(
            new PriceRequest(
                ServiceType.RECURRING,
                area,
                frequency,
                Set.of(AddOn.FRIDGE),
                true,
                CustomerKind.PRIVATE));
        requests.add(
            new PriceRequest(
                ServiceType.RECURRING, area, frequency, Set.of(), false, CustomerKind.PRIVATE));
      }
      requests.add(
          new PriceRequest(
              ServiceType.MOVE_OUT,
              area,
              null,
              EnumSet.of(AddOn.OVEN, AddOn.WINDOWS),
              false,
              CustomerKind.PRIVATE));
      requests.add(
          new PriceRequest(
              ServiceType.DEEP_CLEAN,
              area,
              null,
              EnumSet.allOf(AddOn.class),
              false,
              CustomerKind.PRIVATE));
      requests.add(
          new PriceRequest(
              ServiceType.WINDOWS, area, null, Set.of(), false, CustomerKind.BUSINESS));
    }
    return requests.build();
  }

  @ParameterizedTest
  @MethodSource("requests")
  void theLinesAddUpToTheEnginesPriceVatAndDeduction(PriceRequest request) {
    PriceEstimate estimate = engine.estimate(request);

    List<QuoteLine> lines = lines(request);
    QuoteTotals totals =
        QuoteTotals.of(
            lines, request.customerKind(), request.serviceType().name(), QuoteTerms.defaults());

    assertThat(
            lines.stream().map(QuoteLine::getPersonHours).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(estimate.personHours());
    assertThat(totals.priceInclVatOre()).isEqualTo(estimate.priceInclVatOre());
    assertThat(totals.vatOre()).isEqualTo(estimate.vatOre());
    if (!totals.deductionCapped()) {
      assertThat(totals.labourDeductionOre()).isEqualTo(estimate.labourDeductionOre());
    }
    assertThat(lines).allSatisfy(line -> assertThat(line.getHours()).isPositive());
  }

  @Test
  void aMoveOutBillsItsInclusionsInTheServiceLineAndOnlyWindowsApart() {
    List<QuoteLine> lines =
        lines(
            new PriceRequest(
                ServiceType.MOVE_OUT,
                65,
                null,
                EnumSet.of(AddOn.OVEN, AddOn.WINDOWS),
                false,
                CustomerKind.PRIVATE));

    assertThat(lines)
        .extracting(QuoteLine::getKind)
        .containsExactly(LineKind.SERVICE, LineKind.ADD_ON);
    assertThat(lines.get(0).getDescription())
        .isEqualTo("Flytterengøring, 65 m², inkl. ovn, køleskab og skabe indvendigt");
    assertThat(lines.get(1).getDescription()).startsWith("Vinduer");
  }

  @Test
  void theDeductionCountsLabourOnlyUpToOnePersonsYearlyCap() {
    PriceRequest big =
        new PriceRequest(ServiceType.DEEP_CLEAN, 1000, null, Set.of(), false, CustomerKind.PRIVATE);
    List<QuoteLine> lines = lines(big);

    QuoteTotals totals =
        QuoteTotals.of(lines, CustomerKind.PRIVATE, "DEEP_CLEAN", QuoteTerms.defaults());

    // 1000 m² ÷ 15 = 66.67 → 67 person-hours = 23,383 kr; labour counted up to 6,600 kr × 26 %
    assertThat(totals.priceInclVatOre()).isEqualTo(2_338_300L);
    assertThat(totals.deductionCapped()).isTrue();
    assertThat(totals.labourDeductionOre()).isEqualTo(171_600L);
    assertThat(totals.priceAfterDeductionOre()).isEqualTo(2_338_300L - 171_600L);
  }

  @Test
  void theRateAndCapAreConfiguration() {
    List<QuoteLine> lines =
        List.of(new QuoteLine(LineKind.SERVICE, "Rengøring", 1, new BigDecimal("4")));
    QuoteTerms terms = new QuoteTerms(new BigDecimal("0.30"), 100_000L, Duration.ofDays(14));

    QuoteTotals totals = QuoteTotals.of(lines, CustomerKind.PRIVATE, "ONE_OFF", terms);

    assertThat(totals.priceInclVatOre()).isEqualTo(139_600L);
    assertThat(totals.labourDeductionOre()).as("30 % of the 1,000 kr cap").isEqualTo(30_000L);
    assertThat(totals.deductionCapped()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ServiceType.class)
  void aBusinessCustomerOfAnyServiceGetsNoServicefradrag(ServiceType type) {
    List<QuoteLine> lines =
        List.of(new QuoteLine(LineKind.SERVICE, "Rengøring", 2, new BigDecimal("2")));

    QuoteTotals business =
        QuoteTotals.of(lines, CustomerKind.BUSINESS, type.name(), QuoteTerms.defaults());
    QuoteTotals privateCustomer =
        QuoteTotals.of(lines, CustomerKind.PRIVATE, type.name(), QuoteTerms.defaults());

    assertThat(business.labourDeductionOre()).isZero();
    assertThat(business.priceAfterDeductionOre()).isEqualTo(139_600L);
    assertThat(privateCustomer.labourDeductionOre())
        .isEqualTo(type == ServiceType.OFFICE ? 0L : 36_296L);
  }

  @Test
  void theTotalIsRoundedHalfUpToWholeKronerAndTheRoundingShown() {
    List<QuoteLine> lines =
        List.of(new QuoteLine(LineKind.SERVICE, "Rengøring", 1, new BigDecimal("2.5")));

    QuoteTotals totals =
        QuoteTotals.of(lines, CustomerKind.BUSINESS, "ONE_OFF", QuoteTerms.defaults());

    assertThat(totals.linesOre()).isEqualTo(87_250L);
    assertThat(totals.priceInclVatOre()).isEqualTo(87_300L);
    assertThat(totals.roundingOre()).isEqualTo(50L);
  }

  @Test
  void aLineRejectsWhatCannotBeBilled() {
    assertThatThrownBy(() -> new QuoteLine(LineKind.CUSTOM, " ", 1, BigDecimal.ONE))
        .hasMessageContaining("description");
    assertThatThrownBy(() -> new QuoteLine(LineKind.CUSTOM, "x", 0, BigDecimal.ONE))
        .hasMessageContaining("persons");
    assertThatThrownBy(() -> new QuoteLine(LineKind.CUSTOM, "x", 11, BigDecimal.ONE))
        .hasMessageContaining("persons");
    assertThatThrownBy(() -> new QuoteLine(LineKind.CUSTOM, "x", 1, new BigDecimal("0.1")))
        .hasMessageContaining("0.25");
    assertThatThrownBy(() -> new QuoteLine(LineKind.CUSTOM, "x", 1, BigDecimal.ZERO))
        .hasMessageContaining("hours");
    assertThatThrownBy(() -> new QuoteLine(LineKind.CUSTOM, "x".repeat(201), 1, BigDecimal.ONE))
        .hasMessageContaining("200");
  }

  private List<QuoteLine> lines(PriceRequest request) {
    PriceEstimate estimate = engine.estimate(request);
    PriceEstimate regular =
        LeadPricing.regularVisit(request).map(engine::estimate).orElse(estimate);
    return QuoteLines.from(request, estimate, regular);
  }
}
