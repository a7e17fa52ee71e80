package dk.renos.quote.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.drafting.LeadPricing;
import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.quotes.LeadDetails;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteLines;
import dk.renos.quote.quotes.QuoteWording;
import dk.renos.quote.terms.QuoteTerms;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rendered Danish quote mail: the text a customer reads, checked line by line. */
class QuoteMailTemplateTests {

  private static final String LINK = "https://renos.example.dk/q/abc";
  private static final Instant DRAFTED_LATE_EVENING_UTC = Instant.parse("2026-12-04T23:30:00Z");

  private final PricingEngine engine = new PricingEngine();
  private final QuoteMailTemplate template =
      new QuoteMailTemplate(
          QuoteTerms.defaults(), new MailSettings(null, null, null, null, null, null));
  private final CustomerContact mette =
      new CustomerContact(
          UUID.randomUUID(),
          "Mette Hansen",
          "mette.hansen@example.dk",
          "Skovvejen 9A, 8000 Aarhus C",
          DRAFTED_LATE_EVENING_UTC);

  @Test
  void theSubjectNamesTheServiceAndTheStreet() {
    QuoteMail mail = template.render(goldenRecurring(), mette, Optional.empty(), LINK);

    assertThat(mail.subject()).isEqualTo("Tilbud på fast rengøring - Skovvejen 9A");
  }

  @Test
  void withoutAnAddressTheSubjectNamesOnlyTheServiceAndTheGreetingNoName() {
    QuoteMail mail = template.render(goldenRecurring(), null, Optional.empty(), LINK);

    assertThat(mail.subject()).isEqualTo("Tilbud på fast rengøring");
    assertThat(mail.body()).startsWith("Hej\n\n");
  }

  @Test
  void theBodyCarriesGreetingLinesTotalsServicefradragAndTheRegularVisitInDanishMoney() {
    String body = template.render(goldenRecurring(), mette, Optional.empty(), LINK).body();

    assertThat(body)
        .startsWith("Hej Mette\n\n" + QuoteMailTemplate.DEFAULT_OPENING + "\n")
        .contains("Tilbud på fast rengøring (98 m²)\n")
        .contains("- Fast rengøring, hver uge, 98 m²: 2 × 1,25 t. = 872,50 kr.\n")
        .contains("- Ovn: 1 × 0,5 t. = 174,50 kr.\n")
        .contains("- Vinduer (1 time pr. påbegyndte 30 m²): 1 × 4 t. = 1.396,00 kr.\n")
        .contains("Pris i alt inkl. moms: 2.792,00 kr. (heraf moms 558,40 kr.)\n")
        .contains(
            "Servicefradrag (ca. 26 % af arbejdslønnen, op til loftet): −725,92 kr.\n"
                + "Pris efter servicefradrag: 2.066,08 kr.\n")
        .contains("De følgende besøg koster 2.443,00 kr. (1.807,82 kr. efter servicefradrag).")
        .contains("Vi kommer 2 personer i ca. 4 timer.\n" + QuoteWording.ACTUAL_TIME + "\n")
        .contains("Du kan se tilbuddet, vælge en tid og sige ja her: " + LINK + "\n")
        .contains(QuoteMailTemplate.DEFAULT_CLOSING)
        .endsWith("Venlig hilsen\nRenOS\n")
        .doesNotContain("Afrunding")
        .doesNotContain("\n\n\n");
  }

  @Test
  void theValidityDateIsTheCopenhagenCalendarDayNotTheUtcOne() {
    // drafted 2026-12-04 23:30 UTC + 30 days = 2027-01-03 23:30 UTC = 4 January 00:30 in Copenhagen
    String body = template.render(goldenRecurring(), mette, Optional.empty(), LINK).body();

    assertThat(body).contains("Tilbuddet gælder til og med 4. januar 2027.\n");
  }

  @Test
  void freeSlotsAreListedInCopenhagenTimeAcrossDaylightSaving() {
    List<Slot> slots =
        List.of(
            new Slot(
                Instant.parse("2026-12-07T07:00:00Z"), Instant.parse("2026-12-07T11:00:00Z"), "t1"),
            new Slot(
                Instant.parse("2027-06-07T06:00:00Z"),
                Instant.parse("2027-06-07T10:00:00Z"),
                "t1"));

    QuoteMail mail = template.render(goldenRecurring(), mette, Optional.of(slots), LINK);

    assertThat(mail.slotsOffered()).isTrue();
    assertThat(mail.body())
        .contains(
            "Ledige tider, du kan vælge imellem:\n"
                + "- mandag den 7. december kl. 08.00–12.00\n"
                + "- mandag den 7. juni kl. 08.00–12.00\n")
        .doesNotContain("Vi vender tilbage med forslag til tider");
  }

  @Test
  void withoutSlotsTheMailSaysWeWillProposeTimes() {
    QuoteMail unreachable = template.render(goldenRecurring(), mette, Optional.empty(), LINK);
    QuoteMail nothingFree = template.render(goldenRecurring(), mette, Optional.of(List.of()), LINK);

    for (QuoteMail mail : List.of(unreachable, nothingFree)) {
      assertThat(mail.slotsOffered()).isFalse();
      assertThat(mail.body())
          .contains("Vi vender tilbage med forslag til tider, der passer dig.")
          .doesNotContain("Ledige tider");
    }
  }

  @Test
  void aBusinessCustomerGetsNoServicefradragAndOnePersonIsSingular() {
    Quote office =
        quote(
            new PriceRequest(ServiceType.OFFICE, 40, null, Set.of(), false, CustomerKind.BUSINESS),
            "OFFICE");

    String body = template.render(office, mette, Optional.empty(), LINK).body();

    assertThat(body)
        .contains("Tilbud på erhvervsrengøring (40 m²)")
        .contains("Vi kommer 1 person i ca.")
        .doesNotContain("Servicefradrag")
        .doesNotContain("De følgende besøg");
  }

  @Test
  void staffsOwnOpeningAndClosingReplaceTheTemplatesAndAreNotEscaped() {
    Quote quote = goldenRecurring();
    quote.edit(
        new dk.renos.quote.quotes.QuoteEdit(
            null, null, null, null, "Tak for en god snak i telefonen & dine ønsker.", "Mvh <Ole>"),
        QuoteTerms.defaults(),
        DRAFTED_LATE_EVENING_UTC);

    String body = template.render(quote, mette, Optional.empty(), LINK).body();

    assertThat(body)
        .contains("Hej Mette\n\nTak for en god snak i telefonen & dine ønsker.\n")
        .contains("Mvh <Ole>\n")
        .doesNotContain(QuoteMailTemplate.DEFAULT_OPENING)
        .doesNotContain("&amp;");
  }

  /** LeadCreated's golden sample: recurring 98 m², weekly, oven + windows, first visit. */
  private Quote goldenRecurring() {
    return quote(
        new PriceRequest(
            ServiceType.RECURRING,
            98,
            Frequency.WEEKLY,
            Set.of(AddOn.OVEN, AddOn.WINDOWS),
            true,
            CustomerKind.PRIVATE),
        "RECURRING");
  }

  private Quote quote(PriceRequest request, String serviceType) {
    PriceEstimate first = engine.estimate(request);
    PriceEstimate regular = LeadPricing.regularVisit(request).map(engine::estimate).orElse(first);
    LeadDetails lead =
        new LeadDetails(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "RENGORING_NU",
            null,
            null,
            serviceType,
            request.frequency() != null ? request.frequency().name() : null,
            request.areaSqm(),
            request.addOns().stream().map(Enum::name).toList(),
            request.customerKind(),
            DRAFTED_LATE_EVENING_UTC);
    return Quote.priced(
        lead,
        first,
        QuoteLines.from(request, first, regular),
        QuoteTerms.defaults(),
        null,
        DRAFTED_LATE_EVENING_UTC);
  }
}
