package dk.renos.quote.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.pricing.ServiceType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadPricingTests {

  @Test
  void aRecurringLeadMapsByNameAsThePrivateCustomersFirstVisit() {
    PriceRequest request = priceable(lead("RECURRING", "WEEKLY", 98, List.of("OVEN", "WINDOWS")));

    assertThat(request)
        .isEqualTo(
            new PriceRequest(
                ServiceType.RECURRING,
                98,
                Frequency.WEEKLY,
                Set.of(AddOn.OVEN, AddOn.WINDOWS),
                true,
                CustomerKind.PRIVATE));
  }

  @Test
  void theFirstRecurringVisitIsLongerAndDearerThanTheRegularVisitShownBesideIt() {
    PriceRequest first = priceable(lead("RECURRING", "WEEKLY", 98, List.of("OVEN", "WINDOWS")));
    PriceRequest regular = LeadPricing.regularVisit(first).orElseThrow();
    PricingEngine engine = new PricingEngine();

    PriceEstimate firstVisit = engine.estimate(first);
    PriceEstimate regularVisit = engine.estimate(regular);

    assertThat(regular.firstRecurringVisit()).isFalse();
    assertThat(regular)
        .usingRecursiveComparison()
        .ignoringFields("firstRecurringVisit")
        .isEqualTo(first);
    // 40 min + 98 m² ÷ 50 = 157.6 min × 0.9 × 1.3 = 184.39 min + oven 30 + windows 240 → 8 h
    assertThat(firstVisit.personHours()).isEqualByComparingTo("8");
    assertThat(firstVisit.priceInclVatOre()).isEqualTo(279_200);
    assertThat(firstVisit.hoursOnSite()).isEqualByComparingTo("4");
    // without the 30 %: 141.84 + 270 = 411.84 min → 7 h
    assertThat(regularVisit.personHours()).isEqualByComparingTo("7");
    assertThat(regularVisit.priceInclVatOre()).isEqualTo(244_300);
  }

  @ParameterizedTest(name = "{0} is not a first recurring visit")
  @CsvSource({"DEEP_CLEAN", "MOVE_OUT", "ONE_OFF", "WINDOWS", "OFFICE"})
  void oneOffTypesAreNeverAFirstRecurringVisit(String type) {
    PriceRequest request = priceable(lead(type, null, 98, List.of()));

    assertThat(request.firstRecurringVisit()).isFalse();
    assertThat(LeadPricing.regularVisit(request)).isEmpty();
  }

  @Test
  void anOfficeLeadIsABusinessCustomerAndKeepsItsFrequency() {
    PriceRequest request = priceable(lead("OFFICE", "MONTHLY", 300, List.of()));

    assertThat(request.customerKind()).isEqualTo(CustomerKind.BUSINESS);
    assertThat(request.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(LeadPricing.details(lead("OFFICE", null, 300, List.of())).customerKind())
        .isEqualTo(CustomerKind.BUSINESS);
  }

  @Test
  void aFrequencyOnAOneOffTypeIsIgnoredAndWindowsOnWindowsIsDropped() {
    assertThat(priceable(lead("MOVE_OUT", "WEEKLY", 70, List.of())).frequency()).isNull();
    assertThat(priceable(lead("WINDOWS", null, 70, List.of("WINDOWS", "OVEN", "OVEN"))).addOns())
        .containsExactly(AddOn.OVEN);
  }

  @ParameterizedTest(name = "{0} {1} {2} m² {3} → needs details: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RECURRING | WEEKLY    |       | OVEN      | areaSqm missing",
        "RECURRING | WEEKLY    | 0     | OVEN      | areaSqm 0 outside 1..10000",
        "RECURRING | WEEKLY    | 10001 | OVEN      | areaSqm 10001 outside 1..10000",
        "RECURRING |           | 80    | OVEN      | frequency missing for RECURRING",
        "RECURRING | QUARTERLY | 80    | OVEN      | unknown frequency QUARTERLY",
        "GARDENING |           | 80    | OVEN      | unknown serviceType GARDENING",
        "ONE_OFF   |           | 80    | BALCONY   | unknown addOns BALCONY"
      })
  void whatCannotBePricedNeedsDetails(
      String type, String frequency, Integer area, String addOn, String reason) {
    LeadPricing.Outcome outcome = LeadPricing.request(lead(type, frequency, area, List.of(addOn)));

    assertThat(outcome).isEqualTo(new LeadPricing.MissingDetails(reason));
  }

  private static PriceRequest priceable(LeadCreated lead) {
    LeadPricing.Outcome outcome = LeadPricing.request(lead);
    assertThat(outcome).isInstanceOf(LeadPricing.Priceable.class);
    return ((LeadPricing.Priceable) outcome).request();
  }

  private static LeadCreated lead(
      String type, String frequency, Integer area, List<String> addOns) {
    return new LeadCreated(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "WEBSITE",
        type,
        frequency,
        area,
        addOns,
        null,
        null,
        null,
        Instant.parse("2026-03-27T06:58:12Z"));
  }
}
