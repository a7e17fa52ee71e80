package dk.renos.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.quotes.LeadDetails;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteLines;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.terms.QuoteTerms;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class QuoteServiceIT {

  @LocalServerPort int port;

  @Autowired JdbcTemplate jdbc;

  @Autowired QuoteRepository quotes;

  @Autowired PricingEngine pricing;

  @BeforeEach
  void clean() {
    quotes.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(
            jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'quote' order by table_name",
                String.class))
        .contains("quote", "quote_line", "flyway_schema_history");
  }

  @Test
  void quotesArePagedNewestFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Quote older = quotes.save(quote(now.minus(2, ChronoUnit.DAYS), 50));
    Quote newest = quotes.save(quote(now.minus(1, ChronoUnit.HOURS), 120));
    Quote middle = quotes.save(quote(now.minus(1, ChronoUnit.DAYS), 70));

    JsonNode page0 = http().getJson("/api/quotes?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(page0.at("/page/totalPages").asInt()).isEqualTo(2);
    assertThat(ServiceHttp.ids(page0))
        .containsExactly(newest.getId().toString(), middle.getId().toString());
    // recurring 120 m² every other week: 3.5 person-hours = 1,222 kr, two persons 2 h on site
    assertThat(page0.at("/content/0/status").asString()).isEqualTo("DRAFTED");
    assertThat(page0.at("/content/0/priceInclVatOre").asLong()).isEqualTo(122_200L);
    assertThat(page0.at("/content/0/personHours").decimalValue()).isEqualByComparingTo("3.5");
    assertThat(page0.at("/content/0/hoursOnSite").decimalValue()).isEqualByComparingTo("2");
    assertThat(page0.at("/content/0/visitMinutes").asInt()).isEqualTo(120);
    assertThat(page0.at("/content/0/vatOre").asLong()).isEqualTo(24_440L);
    assertThat(page0.at("/content/0/priceAfterDeductionOre").asLong())
        .isEqualTo(122_200L - 31_772L);
    // its one line, the 50 øre rounding, the estimate's range, validity and the actual-time rule
    assertThat(page0.at("/content/0/lines").size()).isEqualTo(1);
    assertThat(page0.at("/content/0/lines/0/kind").asString()).isEqualTo("SERVICE");
    assertThat(page0.at("/content/0/lines/0/description").asString())
        .isEqualTo("Fast rengøring, hver anden uge, 120 m²");
    assertThat(page0.at("/content/0/lines/0/persons").asInt()).isEqualTo(2);
    assertThat(page0.at("/content/0/lines/0/hours").decimalValue()).isEqualByComparingTo("1.75");
    assertThat(page0.at("/content/0/lines/0/amountOre").asLong()).isEqualTo(122_150L);
    assertThat(page0.at("/content/0/roundingOre").asLong()).isEqualTo(50L);
    assertThat(page0.at("/content/0/regularVisit").isNull()).isTrue();
    assertThat(page0.at("/content/0/estimatedHoursOnSite/from").decimalValue())
        .isEqualByComparingTo("2");
    assertThat(page0.at("/content/0/estimatedHoursOnSite/to").decimalValue())
        .isEqualByComparingTo("3");
    assertThat(page0.at("/content/0/actualTimeNote").asString()).contains("faktiske tid");
    assertThat(Instant.parse(page0.at("/content/0/validUntil").asString()))
        .isEqualTo(newest.getCreatedAt().plus(30, ChronoUnit.DAYS));
    assertThat(ServiceHttp.ids(http().getJson("/api/quotes?page=1&size=2")))
        .containsExactly(older.getId().toString());
  }

  @Test
  void theDatabaseRejectsANegativePriceAndADraftWithoutPrice() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    """
        insert into quote (id, lead_id, customer_id, status, service_type, persons, hours_on_site, person_hours,
          price_incl_vat_ore, vat_ore, labour_deduction_ore, price_after_deduction_ore, visit_minutes,
          lead_received_at, created_at, updated_at)
        values (?, ?, ?, 'DRAFTED', 'ONE_OFF', 1, 2, 2, -1, 0, 0, 0, 120, now(), now(), now())""",
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID()))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                jdbc.update(
                    """
        insert into quote (id, lead_id, customer_id, status, service_type, lead_received_at, created_at, updated_at)
        values (?, ?, ?, 'DRAFTED', 'ONE_OFF', now(), now(), now())""",
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID()))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aLeadHasOneQuote() {
    Quote first = quotes.save(quote(Instant.now(), 70));
    assertThatThrownBy(
            () ->
                jdbc.update(
                    """
        insert into quote (id, lead_id, customer_id, status, service_type, lead_received_at, created_at, updated_at)
        values (?, ?, ?, 'NEEDS_DETAILS', 'ONE_OFF', now(), now(), now())""",
                    UUID.randomUUID(),
                    first.getLeadId(),
                    UUID.randomUUID()))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private Quote quote(Instant createdAt, int areaSqm) {
    LeadDetails lead =
        new LeadDetails(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "WEBSITE",
            null,
            null,
            "RECURRING",
            "BIWEEKLY",
            areaSqm,
            List.of(),
            CustomerKind.PRIVATE,
            createdAt);
    PriceRequest request =
        new PriceRequest(
            ServiceType.RECURRING, areaSqm, Frequency.BIWEEKLY, null, false, CustomerKind.PRIVATE);
    PriceEstimate estimate = pricing.estimate(request);
    return Quote.priced(
        lead,
        estimate,
        QuoteLines.from(request, estimate, estimate),
        QuoteTerms.defaults(),
        null,
        createdAt);
  }

  @Test
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/quotes");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("quote-service", "db", "kafka");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
