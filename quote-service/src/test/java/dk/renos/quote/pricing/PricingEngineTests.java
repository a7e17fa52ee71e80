package dk.renos.quote.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PricingEngineTests {

  private final PricingEngine engine = new PricingEngine();

  // --- Published examples (DOMAIN.md "Prices"): the ground truth
  // -------------------------------------------------

  /**
   * Recurring, every other week, not the first visit: "h" is billed person-hours, price = h × 349
   * kr.
   */
  @ParameterizedTest(
      name = "recurring {0} m² → {1} person-hours, {2} kr ({3} person(s), {4} h on site)")
  @CsvSource({
    "50,  2.0, 698,  1, 2.0",
    "65,  2.0, 698,  2, 1.0",
    "70,  2.5, 873,  2, 1.5",
    "85,  2.5, 873,  2, 1.5",
    "100, 3.0, 1047, 2, 1.5",
    "120, 3.5, 1222, 2, 2.0",
    "140, 3.5, 1222, 2, 2.0"
  })
  void everyPublishedRecurringExampleHoldsExactly(
      int area, String personHours, long kroner, int persons, String hoursOnSite) {
    PriceEstimate estimate = engine.estimate(recurring(area, Frequency.BIWEEKLY, false));

    assertThat(estimate.personHours()).isEqualByComparingTo(personHours);
    assertThat(estimate.priceInclVatOre()).isEqualTo(kroner * 100);
    assertThat(estimate.persons()).isEqualTo(persons);
    assertThat(estimate.hoursOnSite()).isEqualByComparingTo(hoursOnSite);
  }

  /**
   * Move-out "50–65 m² 4–6 h; 120–140 m² 7–10 h": the ranges are billed person-hours, with oven,
   * fridge and cupboards always included in a move-out. Under that reading every end of every range
   * holds.
   */
  @ParameterizedTest(name = "move-out {0} m² → {3} person-hours, within {1}–{2} h")
  @CsvSource({
    "50,  4, 6,  4.0, 1, 4.0, 1396",
    "65,  4, 6,  5.0, 2, 2.5, 1745",
    "120, 7, 10, 7.5, 2, 4.0, 2618",
    "140, 7, 10, 8.5, 2, 4.5, 2967"
  })
  void everyPublishedMoveOutExampleHoldsAsPersonHours(
      int area,
      int lowHours,
      int highHours,
      String personHours,
      int persons,
      String hoursOnSite,
      long kroner) {
    PriceEstimate estimate =
        engine.estimate(oneOff(ServiceType.MOVE_OUT, area, Set.of(), CustomerKind.PRIVATE));

    assertThat(estimate.personHours())
        .isBetween(BigDecimal.valueOf(lowHours), BigDecimal.valueOf(highHours));
    assertThat(estimate.personHours()).isEqualByComparingTo(personHours);
    assertThat(estimate.persons()).isEqualTo(persons);
    assertThat(estimate.hoursOnSite()).isEqualByComparingTo(hoursOnSite);
    assertThat(estimate.priceInclVatOre()).isEqualTo(kroner * 100);
  }

  /**
   * The deviation from DOMAIN.md, made visible: read literally (30 m² per person-hour), recurring
   * visits of 65–140 m² would need more person-hours than the published price list charges, so no
   * rounding rule could reproduce it. The engine follows the price list (40 min per visit + 50 m²
   * per person-hour).
   */
  @ParameterizedTest(
      name = "recurring {0} m²: literal 30 m²/h needs {1} person-hours, the list charges {2}")
  @CsvSource({
    "65,  2.17, 2.0",
    "85,  2.83, 2.5",
    "100, 3.33, 3.0",
    "120, 4.00, 3.5",
    "140, 4.67, 3.5"
  })
  void recurringDeviatesFromTheDomainSpeedOf30BecauseThePriceListCannotBeReachedWithIt(
      int area, String literalPersonHours, String published) {
    BigDecimal literal =
        BigDecimal.valueOf(area).divide(BigDecimal.valueOf(30), 2, java.math.RoundingMode.HALF_UP);
    assertThat(literal).isEqualByComparingTo(literalPersonHours);
    assertThat(literal).isGreaterThan(new BigDecimal(published));

    assertThat(PricingEngine.speedSqmPerPersonHour(ServiceType.RECURRING)).isEqualTo(50);
    assertThat(engine.estimate(recurring(area, Frequency.BIWEEKLY, false)).personHours())
        .isEqualByComparingTo(published);
  }

  /**
   * The other deviation, made visible: without the standard inclusions a move-out would give 2.5,
   * 3.5, 6 and 7 person-hours, missing the published ranges at 50 m² (by 1.5 h), 65 m² (by 0.5 h)
   * and 120 m² (by 1 h).
   */
  @ParameterizedTest(name = "move-out {0} m² without inclusions would be {1} person-hours")
  @CsvSource({"50, 2.5", "65, 3.5", "120, 6.0", "140, 7.0"})
  void moveOutAlwaysIncludesOvenFridgeAndCupboards(int area, String withoutInclusions) {
    PriceEstimate plain =
        engine.estimate(oneOff(ServiceType.MOVE_OUT, area, Set.of(), CustomerKind.PRIVATE));
    PriceEstimate askedFor =
        engine.estimate(
            oneOff(
                ServiceType.MOVE_OUT,
                area,
                Set.of(AddOn.OVEN, AddOn.FRIDGE, AddOn.CUPBOARDS),
                CustomerKind.PRIVATE));

    assertThat(askedFor).isEqualTo(plain);
    assertThat(plain.personHours())
        .isEqualByComparingTo(
            new BigDecimal(withoutInclusions)
                .add(new BigDecimal("1.5"))
                .divide(BigDecimal.valueOf(5, 1), 0, java.math.RoundingMode.CEILING)
                .multiply(BigDecimal.valueOf(5, 1)));
    assertThat(plain.explanation())
        .contains("Flytterengøring omfatter altid ovn, køleskab og skabe indvendigt.");
  }

  @Test
  void moveOutWindowsAreStillAnAddOn() {
    PriceEstimate plain =
        engine.estimate(oneOff(ServiceType.MOVE_OUT, 65, Set.of(), CustomerKind.PRIVATE));
    PriceEstimate withWindows =
        engine.estimate(
            oneOff(ServiceType.MOVE_OUT, 65, Set.of(AddOn.WINDOWS), CustomerKind.PRIVATE));

    // 3.25 + 1.5 + 3 (three started 30 m²) = 7.75 → 8
    assertThat(plain.personHours()).isEqualByComparingTo("5.0");
    assertThat(withWindows.personHours()).isEqualByComparingTo("8.0");
  }

  // --- Minimum and rounding
  // -----------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} m² → minimum 2 person-hours")
  @CsvSource({
    "RECURRING, 1",
    "RECURRING, 20",
    "DEEP_CLEAN, 1",
    "DEEP_CLEAN, 20",
    "ONE_OFF, 30",
    "WINDOWS, 150",
    "OFFICE, 50"
  })
  void aVisitIsAtLeastTwoHours(ServiceType type, int area) {
    PriceRequest request =
        type == ServiceType.RECURRING
            ? recurring(area, Frequency.BIWEEKLY, false)
            : oneOff(type, area, Set.of(), CustomerKind.PRIVATE);

    PriceEstimate estimate = engine.estimate(request);

    assertThat(estimate.personHours()).isEqualByComparingTo("2.0");
    assertThat(estimate.priceInclVatOre()).isEqualTo(69_800);
    assertThat(estimate.explanation())
        .anyMatch(line -> line.startsWith("Mindste besøg er 2 timer"));
  }

  @ParameterizedTest(name = "{0} {1} m² = {2} person-hours of work → {3}")
  @CsvSource({
    "DEEP_CLEAN, 45, 3.00, 3.0", // exactly on the half hour: not rounded further
    "DEEP_CLEAN, 46, 3.07, 3.5", // just over: up to the next half hour
    "DEEP_CLEAN, 40, 2.67, 3.0",
    "ONE_OFF,    55, 2.20, 2.5",
    "ONE_OFF,    50, 2.00, 2.0",
    "OFFICE,     80, 2.29, 2.5",
    "WINDOWS,   250, 2.50, 2.5",
    "WINDOWS,   251, 2.51, 3.0"
  })
  void timeIsRoundedUpToTheHalfHour(ServiceType type, int area, String work, String billed) {
    PriceEstimate estimate = engine.estimate(oneOff(type, area, Set.of(), CustomerKind.PRIVATE));

    assertThat(estimate.personHours()).isEqualByComparingTo(billed);
    assertThat(estimate.explanation())
        .anyMatch(
            line ->
                line.contains(
                    work.replace('.', ',').replaceAll(",00$", "").replaceAll("(,\\d)0$", "$1")
                        + " mandetimer"));
  }

  @Test
  void hoursOnSiteAreRoundedUpToTheHalfHourPerPerson() {
    // 2.5 person-hours shared by two persons: 1.25 h each, booked as 1.5 h on site; the price stays
    // 2.5 × 349.
    PriceEstimate estimate = engine.estimate(recurring(70, Frequency.BIWEEKLY, false));

    assertThat(estimate.persons()).isEqualTo(2);
    assertThat(estimate.personHours()).isEqualByComparingTo("2.5");
    assertThat(estimate.hoursOnSite()).isEqualByComparingTo("1.5");
    assertThat(estimate.priceInclVatOre()).isEqualTo(87_300);
  }

  @Test
  void priceIsRoundedHalfUpToWholeKroner() {
    PriceEstimate estimate = engine.estimate(recurring(70, Frequency.BIWEEKLY, false));

    assertThat(estimate.priceInclVatOre()).isEqualTo(87_300); // 2.5 × 349 = 872.50 → 873
    assertThat(estimate.explanation())
        .anyMatch(line -> line.contains("= 872,50 kr, afrundet til 873 kr"));
  }

  // --- Add-ons
  // ------------------------------------------------------------------------------------------------------

  /** One-off 50 m² is exactly 2 person-hours before add-ons. */
  @ParameterizedTest(name = "{0} on one-off {1} m² → {2} person-hours")
  @CsvSource({
    "OVEN,      50, 2.5",
    "FRIDGE,    50, 2.5",
    "CUPBOARDS, 50, 2.5",
    "WINDOWS,   30, 2.5", // 1.2 + 1 (one started 30 m²) = 2.2 → 2.5
    "WINDOWS,   50, 4.0", // 2 + 2 (two started 30 m²)
    "WINDOWS,   60, 4.5", // 2.4 + 2 = 4.4 → 4.5
    "WINDOWS,   61, 5.5" // 2.44 + 3 (61 m² starts a third 30 m²) = 5.44 → 5.5
  })
  void eachAddOnAddsItsTime(AddOn addOn, int area, String personHours) {
    PriceEstimate estimate =
        engine.estimate(oneOff(ServiceType.ONE_OFF, area, Set.of(addOn), CustomerKind.PRIVATE));

    assertThat(estimate.personHours()).isEqualByComparingTo(personHours);
    assertThat(estimate.explanation())
        .anyMatch(line -> line.startsWith(addOn.danishName() + ": +"));
  }

  @Test
  void addOnsAddUp() {
    // 2 + 0.5 + 0.5 + 0.5 + 2 = 5.5
    PriceEstimate estimate =
        engine.estimate(
            oneOff(ServiceType.ONE_OFF, 50, EnumSet.allOf(AddOn.class), CustomerKind.PRIVATE));

    assertThat(estimate.personHours()).isEqualByComparingTo("5.5");
    assertThat(estimate.priceInclVatOre()).isEqualTo(192_000); // 5.5 × 349 = 1919.50 → 1920
  }

  @Test
  void addOnsAreNotScaledByFrequencyOrFirstVisit() {
    // monthly 100 m²: 160 min × 1.3 = 208 min, + oven 30 = 238 min → 4 h (scaling the oven too
    // would give 4.5 h)
    PriceRequest request =
        new PriceRequest(
            ServiceType.RECURRING,
            100,
            Frequency.MONTHLY,
            Set.of(AddOn.OVEN),
            false,
            CustomerKind.PRIVATE);

    assertThat(engine.estimate(request).personHours()).isEqualByComparingTo("4.0");
  }

  // --- Recurring: frequency and first visit
  // -------------------------------------------------------------------------

  @ParameterizedTest(name = "recurring 100 m² {0} → {1} person-hours, {2} kr")
  @CsvSource({
    "WEEKLY,   2.5, 873", // 160 min × 0.9 = 144 → 150
    "BIWEEKLY, 3.0, 1047", // 160 min
    "MONTHLY,  3.5, 1222" // 160 min × 1.3 = 208 → 210
  })
  void frequencyChangesTheTimePerVisit(Frequency frequency, String personHours, long kroner) {
    PriceEstimate estimate = engine.estimate(recurring(100, frequency, false));

    assertThat(estimate.personHours()).isEqualByComparingTo(personHours);
    assertThat(estimate.priceInclVatOre()).isEqualTo(kroner * 100);
    assertThat(estimate.explanation())
        .anyMatch(line -> line.startsWith(frequency.danishName() + ": "));
  }

  @ParameterizedTest(name = "first recurring visit, 100 m² {0} → {1} person-hours")
  @CsvSource({
    "WEEKLY,   3.5", // 160 × 0.9 × 1.3 = 187.2 min → 210
    "BIWEEKLY, 3.5", // 160 × 1.3 = 208 → 210 (instead of 3.0)
    "MONTHLY,  5.0" // 160 × 1.3 × 1.3 = 270.4 → 300
  })
  void theFirstRecurringVisitTakesThirtyPercentLonger(Frequency frequency, String personHours) {
    PriceEstimate estimate = engine.estimate(recurring(100, frequency, true));

    assertThat(estimate.personHours()).isEqualByComparingTo(personHours);
    assertThat(estimate.explanation())
        .anyMatch(line -> line.startsWith("Første besøg tager ca. 30 % længere"));
  }

  @Test
  void theFirstVisitOfASmallHomeIsLongerThanTheMinimum() {
    // 50 m²: 100 min (minimum 2 h) → first visit 130 min → 2.5 h
    assertThat(engine.estimate(recurring(50, Frequency.BIWEEKLY, false)).personHours())
        .isEqualByComparingTo("2.0");
    assertThat(engine.estimate(recurring(50, Frequency.BIWEEKLY, true)).personHours())
        .isEqualByComparingTo("2.5");
  }

  // --- Persons
  // ------------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} m² → {2} person(s)")
  @CsvSource({
    "RECURRING,  59, 1",
    "RECURRING,  60, 2",
    "DEEP_CLEAN, 59, 1",
    "DEEP_CLEAN, 60, 2",
    "ONE_OFF,    59, 1",
    "ONE_OFF,    60, 2",
    "OFFICE,     59, 1",
    "OFFICE,     60, 2",
    "WINDOWS,    59, 1",
    "WINDOWS,    60, 2",
    "MOVE_OUT,   50, 1",
    "MOVE_OUT,   51, 2",
    "MOVE_OUT, 59, 2",
    "MOVE_OUT, 60, 2"
  })
  void onePersonUnderSixtySquareMetresTwoFromSixtyAndMoveOutTwoOverFifty(
      ServiceType type, int area, int persons) {
    PriceRequest request =
        type == ServiceType.RECURRING
            ? recurring(area, Frequency.BIWEEKLY, false)
            : oneOff(type, area, Set.of(), CustomerKind.PRIVATE);

    assertThat(engine.estimate(request).persons()).isEqualTo(persons);
    assertThat(PricingEngine.persons(type, area)).isEqualTo(persons);
  }

  @Test
  void twoPersonsShareTheTimeOnSiteButNotThePrice() {
    // deep clean 59 m²: 3.93 → 4 person-hours; 60 m²: exactly 4 person-hours
    PriceEstimate one =
        engine.estimate(oneOff(ServiceType.DEEP_CLEAN, 59, Set.of(), CustomerKind.PRIVATE));
    PriceEstimate two =
        engine.estimate(oneOff(ServiceType.DEEP_CLEAN, 60, Set.of(), CustomerKind.PRIVATE));

    assertThat(one.persons()).isEqualTo(1);
    assertThat(one.hoursOnSite()).isEqualByComparingTo("4.0");
    assertThat(two.persons()).isEqualTo(2);
    assertThat(two.hoursOnSite()).isEqualByComparingTo("2.0");
    assertThat(one.personHours()).isEqualByComparingTo(two.personHours());
    assertThat(one.priceInclVatOre()).isEqualTo(two.priceInclVatOre()).isEqualTo(139_600);
  }

  @Test
  void moveOutAtTheFiftySquareMetreBoundary() {
    // 50 m²: 1 person, 2.5 + 1.5 = 4 h on site; 51 m²: 2 persons, 2.55 + 1.5 = 4.05 → 4.5
    // person-hours, 2.5 h on site
    PriceEstimate fifty =
        engine.estimate(oneOff(ServiceType.MOVE_OUT, 50, Set.of(), CustomerKind.PRIVATE));
    PriceEstimate fiftyOne =
        engine.estimate(oneOff(ServiceType.MOVE_OUT, 51, Set.of(), CustomerKind.PRIVATE));

    assertThat(fifty.persons()).isEqualTo(1);
    assertThat(fifty.hoursOnSite()).isEqualByComparingTo("4.0");
    assertThat(fiftyOne.persons()).isEqualTo(2);
    assertThat(fiftyOne.personHours()).isEqualByComparingTo("4.5");
    assertThat(fiftyOne.hoursOnSite()).isEqualByComparingTo("2.5");
  }

  // --- Office custom quote
  // ------------------------------------------------------------------------------------------

  @Test
  void officeQuotesAboveTenThousandKronerNeedACustomQuote() {
    // 997 m² ÷ 35 = 28.49 → 28.5 person-hours = 9946.50 → 9947 kr; 998 m² → 28.51 → 29 person-hours
    // = 10,121 kr
    PriceEstimate below =
        engine.estimate(oneOff(ServiceType.OFFICE, 997, Set.of(), CustomerKind.BUSINESS));
    PriceEstimate above =
        engine.estimate(oneOff(ServiceType.OFFICE, 998, Set.of(), CustomerKind.BUSINESS));

    assertThat(below.priceInclVatOre()).isEqualTo(994_700);
    assertThat(below.needsCustomQuote()).isFalse();
    assertThat(above.priceInclVatOre()).isEqualTo(1_012_100);
    assertThat(above.needsCustomQuote()).isTrue();
    assertThat(above.explanation()).anyMatch(line -> line.contains("individuelt tilbud"));
  }

  @Test
  void onlyOfficeJobsNeedACustomQuote() {
    PriceEstimate bigDeepClean =
        engine.estimate(oneOff(ServiceType.DEEP_CLEAN, 1000, Set.of(), CustomerKind.BUSINESS));

    assertThat(bigDeepClean.priceInclVatOre())
        .isGreaterThan(PricingEngine.OFFICE_CUSTOM_QUOTE_ABOVE_ORE);
    assertThat(bigDeepClean.needsCustomQuote()).isFalse();
  }

  // --- Servicefradrag and money
  // -------------------------------------------------------------------------------------

  @Test
  void privateCustomersSeeThePriceAfterServicefradrag() {
    PriceEstimate estimate = engine.estimate(recurring(70, Frequency.BIWEEKLY, false));

    assertThat(estimate.priceInclVatOre()).isEqualTo(87_300);
    assertThat(estimate.vatOre()).isEqualTo(17_460); // 20 % of 873 kr
    assertThat(estimate.labourDeductionOre()).isEqualTo(22_698); // 26 % of 873 kr
    assertThat(estimate.priceAfterDeductionOre()).isEqualTo(64_602);
  }

  @ParameterizedTest(name = "business {0} → no servicefradrag")
  @EnumSource(ServiceType.class)
  void businessCustomersGetNoDeduction(ServiceType type) {
    PriceRequest request =
        type == ServiceType.RECURRING
            ? new PriceRequest(type, 100, Frequency.WEEKLY, Set.of(), false, CustomerKind.BUSINESS)
            : oneOff(type, 100, Set.of(), CustomerKind.BUSINESS);

    PriceEstimate estimate = engine.estimate(request);

    assertThat(estimate.labourDeductionOre()).isZero();
    assertThat(estimate.priceAfterDeductionOre()).isEqualTo(estimate.priceInclVatOre());
    assertThat(estimate.explanation()).contains("Erhvervskunde: intet servicefradrag.");
  }

  @Test
  void officeCleaningGivesNoServicefradragEvenForAPrivateCustomer() {
    PriceEstimate estimate =
        engine.estimate(oneOff(ServiceType.OFFICE, 100, Set.of(), CustomerKind.PRIVATE));

    assertThat(estimate.labourDeductionOre()).isZero();
    assertThat(estimate.priceAfterDeductionOre()).isEqualTo(estimate.priceInclVatOre());
  }

  @ParameterizedTest(name = "{0} m² {1}: øre arithmetic")
  @MethodSource("assortedRequests")
  void moneyIsWholeKronerInOreAndVatIsOneFifthOfThePriceInclVat(
      int area, ServiceType type, PriceRequest request) {
    PriceEstimate estimate = engine.estimate(request);

    long exactOre =
        estimate
            .personHours()
            .multiply(BigDecimal.valueOf(PricingEngine.HOURLY_RATE_INCL_VAT_ORE))
            .longValueExact();
    assertThat(estimate.priceInclVatOre() % 100).isZero();
    assertThat(estimate.priceInclVatOre() - exactOre).isIn(0L, 50L); // only ever rounds 50 øre up
    assertThat(estimate.vatOre() * 5)
        .isEqualTo(estimate.priceInclVatOre()); // 25 % on top = 20 % of the total
    assertThat(estimate.priceAfterDeductionOre())
        .isEqualTo(estimate.priceInclVatOre() - estimate.labourDeductionOre());
    if (request.customerKind() == CustomerKind.PRIVATE && type != ServiceType.OFFICE) {
      assertThat(estimate.labourDeductionOre()).isEqualTo(estimate.priceInclVatOre() * 26 / 100);
    }
    assertThat(estimate.hoursOnSite().multiply(BigDecimal.valueOf(estimate.persons())))
        .isGreaterThanOrEqualTo(estimate.personHours());
  }

  static Stream<Arguments> assortedRequests() {
    Stream.Builder<Arguments> requests = Stream.builder();
    for (ServiceType type : ServiceType.values()) {
      for (int area : new int[] {1, 37, 59, 60, 73, 141, 999, 10_000}) {
        for (CustomerKind kind : CustomerKind.values()) {
          PriceRequest request =
              type == ServiceType.RECURRING
                  ? new PriceRequest(type, area, Frequency.MONTHLY, Set.of(AddOn.OVEN), true, kind)
                  : oneOff(
                      type,
                      area,
                      type == ServiceType.WINDOWS ? Set.of() : Set.of(AddOn.FRIDGE),
                      kind);
          requests.add(Arguments.of(area, type, request));
        }
      }
    }
    return requests.build();
  }

  @Test
  void theExplanationWalksThroughEveryStepInDanish() {
    PriceEstimate estimate = engine.estimate(recurring(70, Frequency.BIWEEKLY, false));

    assertThat(estimate.explanation())
        .containsExactly(
            "Fast rengøring: 40 min. fast tid pr. besøg + 70 m² ÷ 50 m² pr. mandetime = 2,07 mandetimer.",
            "Hver anden uge: ±0 % tid pr. besøg = 2,07 mandetimer.",
            "I alt 2,07 mandetimer, rundet op til nærmeste halve time: 2,5 mandetimer.",
            "2 personer (fra 60 m²), hver ca. 1,25 timer; vi sætter 1,5 timer på stedet af i kalenderen.",
            "Pris: 2,5 mandetimer × 349 kr = 872,50 kr, afrundet til 873 kr inkl. moms (heraf moms 25 %: 174,60 kr).",
            "Servicefradrag ca. 26 % af arbejdslønnen: 226,98 kr; pris efter fradrag 646,02 kr "
                + "(det årlige loft pr. person er ikke regnet med).");
  }

  // --- Validation
  // ---------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "areaSqm {0} is rejected")
  @CsvSource({"0", "-5", "10001", "2147483647"})
  void areaMustBeBetweenOneAndTenThousandSquareMetres(int area) {
    assertThatThrownBy(() -> oneOff(ServiceType.DEEP_CLEAN, area, Set.of(), CustomerKind.PRIVATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("areaSqm")
        .hasMessageContaining("between 1 and 10000");
  }

  @ParameterizedTest(name = "areaSqm {0} is accepted")
  @CsvSource({"1", "10000"})
  void areaBoundsAreInclusive(int area) {
    assertThatCode(
            () ->
                engine.estimate(
                    oneOff(ServiceType.DEEP_CLEAN, area, Set.of(), CustomerKind.PRIVATE)))
        .doesNotThrowAnyException();
  }

  @Test
  void recurringNeedsAFrequency() {
    assertThatThrownBy(() -> recurring(100, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency is required when serviceType is RECURRING");
  }

  @Test
  void oneOffTypesTakeNoFrequencyButOfficeMay() {
    assertThatThrownBy(
            () ->
                new PriceRequest(
                    ServiceType.MOVE_OUT,
                    60,
                    Frequency.WEEKLY,
                    Set.of(),
                    false,
                    CustomerKind.PRIVATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frequency must be empty when serviceType is MOVE_OUT");

    PriceEstimate weeklyOffice =
        engine.estimate(
            new PriceRequest(
                ServiceType.OFFICE, 350, Frequency.WEEKLY, Set.of(), false, CustomerKind.BUSINESS));
    assertThat(weeklyOffice.personHours()).isEqualByComparingTo("9.0"); // 10 h × 0.9
  }

  @Test
  void requiredFieldsAreNamed() {
    assertThatThrownBy(
            () -> new PriceRequest(null, 60, null, Set.of(), false, CustomerKind.PRIVATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serviceType is required");
    assertThatThrownBy(
            () -> new PriceRequest(ServiceType.DEEP_CLEAN, 60, null, Set.of(), false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerKind is required");
    assertThatThrownBy(() -> engine.estimate(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request is required");
  }

  @Test
  void firstRecurringVisitOnlyForRecurring() {
    assertThatThrownBy(
            () ->
                new PriceRequest(
                    ServiceType.DEEP_CLEAN, 60, null, Set.of(), true, CustomerKind.PRIVATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstRecurringVisit");
  }

  @Test
  void addOnsAreCheckedAndCopied() {
    Set<AddOn> mutable = EnumSet.of(AddOn.OVEN);
    PriceRequest request = oneOff(ServiceType.ONE_OFF, 50, mutable, CustomerKind.PRIVATE);
    mutable.add(AddOn.WINDOWS);

    assertThat(request.addOns()).containsExactly(AddOn.OVEN);
    assertThat(
            new PriceRequest(ServiceType.ONE_OFF, 50, null, null, false, CustomerKind.PRIVATE)
                .addOns())
        .isEmpty();
    assertThatThrownBy(
            () -> oneOff(ServiceType.WINDOWS, 50, Set.of(AddOn.WINDOWS), CustomerKind.PRIVATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addOns");
    Set<AddOn> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> oneOff(ServiceType.ONE_OFF, 50, withNull, CustomerKind.PRIVATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("addOns must not contain null");
  }

  private static PriceRequest recurring(int area, Frequency frequency, boolean firstVisit) {
    return new PriceRequest(
        ServiceType.RECURRING, area, frequency, Set.of(), firstVisit, CustomerKind.PRIVATE);
  }

  private static PriceRequest oneOff(
      ServiceType type, int area, Set<AddOn> addOns, CustomerKind kind) {
    return new PriceRequest(type, area, null, addOns, false, kind);
  }
}
