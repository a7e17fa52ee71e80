package dk.renos.quote.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceRequest;
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
  void aRecurringLeadMapsByNameAsAPrivateRegularVisit() {
    PriceRequest request = priceable(lead("RECURRING", "WEEKLY", 98, List.of("OVEN", "WINDOWS")));

    assertThat(request)
        .isEqualTo(
            new PriceRequest(
                ServiceType.RECURRING,
                98,
                Frequency.WEEKLY,
                Set.of(AddOn.OVEN, AddOn.WINDOWS),
                false,
                CustomerKind.PRIVATE));
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
