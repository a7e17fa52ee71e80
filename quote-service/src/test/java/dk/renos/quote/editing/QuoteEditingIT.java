package dk.renos.quote.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.QuoteApi;
import dk.renos.quote.acceptance.QuoteAcceptance;
import dk.renos.quote.drafting.QuoteDrafting;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteStatus;
import dk.renos.testsupport.WithRealInfrastructure;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff change a quote before approval over HTTP; every change is kept in PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class QuoteEditingIT {

  @LocalServerPort int port;

  @Autowired QuoteDrafting drafting;

  @Autowired QuoteAcceptance acceptance;

  @Autowired JsonMapper json;

  @Test
  void staffChangeLinesPersonsHoursAndTextAndTheChangeIsKeptWithWhoAndWhen() {
    Quote quote = drafted("RECURRING", "WEEKLY", 98, List.of("OVEN", "WINDOWS"));
    assertThat(quote.getPriceInclVatOre()).isEqualTo(279_200L);
    Instant before = Instant.now().minusMillis(5);

    HttpResponse<String> response =
        api()
            .patch(
                "/api/quotes/" + quote.getId(),
                """
                {"persons": 2, "hoursOnSite": 2.5,
                 "lines": [{"kind": "SERVICE", "description": "Fast rengøring, hver uge, 98 m²",
                            "persons": 2, "hours": 1.5},
                           {"description": "Altan", "persons": 1, "hours": 1}],
                 "openingText": "Tak for din henvendelse."}
                """,
                "mette");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    // 2 × 1.5 + 1 × 1 = 4 person-hours × 349 kr = 1,396 kr; servicefradrag 26 % = 362.96 kr
    assertThat(body.at("/priceInclVatOre").asLong()).isEqualTo(139_600L);
    assertThat(body.at("/vatOre").asLong()).isEqualTo(27_920L);
    assertThat(body.at("/labourDeductionOre").asLong()).isEqualTo(36_296L);
    assertThat(body.at("/priceAfterDeductionOre").asLong()).isEqualTo(139_600L - 36_296L);
    assertThat(body.at("/personHours").decimalValue()).isEqualByComparingTo("4");
    assertThat(body.at("/visitMinutes").asInt()).isEqualTo(150);
    assertThat(body.at("/lines/1/kind").asString()).isEqualTo("CUSTOM");
    assertThat(body.at("/lines/1/amountOre").asLong()).isEqualTo(34_900L);
    assertThat(body.at("/openingText").asString()).isEqualTo("Tak for din henvendelse.");
    assertThat(body.at("/regularVisit").isNull()).as("no first-visit line any more").isTrue();

    JsonNode changes = json.readTree(api().get("/api/quotes/" + quote.getId() + "/changes").body());
    assertThat(changes.at("/page/totalElements").asLong()).isEqualTo(1);
    JsonNode change = changes.at("/content/0");
    assertThat(change.at("/changedBy").asString()).isEqualTo("mette");
    assertThat(Instant.parse(change.at("/changedAt").asString())).isAfter(before);
    assertThat(change.at("/before/priceInclVatOre").asLong()).isEqualTo(279_200L);
    assertThat(change.at("/before/lines").size()).isEqualTo(4);
    assertThat(change.at("/before/visitMinutes").asInt()).isEqualTo(240);
    assertThat(change.at("/before/openingText").isNull()).isTrue();
    assertThat(change.at("/after/priceInclVatOre").asLong()).isEqualTo(139_600L);
    assertThat(change.at("/after/lines").size()).isEqualTo(2);
    assertThat(change.at("/after/openingText").asString()).isEqualTo("Tak for din henvendelse.");
  }

  @Test
  void aCustomerMadeBusinessLosesTheServicefradragOfAnyService() {
    Quote quote = drafted("DEEP_CLEAN", null, 60, List.of());
    assertThat(quote.getLabourDeductionOre()).isPositive();

    HttpResponse<String> response =
        api().patch("/api/quotes/" + quote.getId(), "{\"customerKind\": \"BUSINESS\"}", "ole");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.at("/customerKind").asString()).isEqualTo("BUSINESS");
    assertThat(body.at("/labourDeductionOre").asLong()).isZero();
    assertThat(body.at("/priceAfterDeductionOre").asLong()).isEqualTo(quote.getPriceInclVatOre());
  }

  @Test
  void aChangeThatChangesNothingLeavesNoHistoryAndWithoutAUserItIsTheApi() {
    Quote quote = drafted("ONE_OFF", null, 80, List.of());

    assertThat(api().patch("/api/quotes/" + quote.getId(), "{}", "mette").statusCode())
        .isEqualTo(200);
    assertThat(
            api()
                .patch(
                    "/api/quotes/" + quote.getId(),
                    "{\"persons\": " + quote.getPersons() + "}",
                    "mette")
                .statusCode())
        .isEqualTo(200);
    assertThat(changes(quote).at("/page/totalElements").asLong()).isZero();

    assertThat(
            api()
                .patch("/api/quotes/" + quote.getId(), "{\"closingText\": \"Vh\"}", null)
                .statusCode())
        .isEqualTo(200);
    assertThat(changes(quote).at("/content/0/changedBy").asString()).isEqualTo("test-staff");
  }

  @Test
  void invalidChangesAreRejectedFieldByField() {
    Quote quote = drafted("ONE_OFF", null, 80, List.of());

    HttpResponse<String> response =
        api()
            .patch(
                "/api/quotes/" + quote.getId(),
                """
                {"persons": 0, "hoursOnSite": 2.3,
                 "lines": [{"description": "Rengøring", "persons": 1, "hours": 0.1},
                           {"description": " ", "persons": 11, "hours": 1}],
                 "openingText": "%s"}
                """
                    .formatted("x".repeat(2001)),
                "mette");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode errors = json.readTree(response.body()).at("/errors");
    assertThat(errors.valueStream().map(error -> error.get("field").asString()))
        .containsExactlyInAnyOrder(
            "persons",
            "hoursOnSite",
            "lines[0].hours",
            "lines[1].description",
            "lines[1].persons",
            "openingText");
    assertThat(api().patch("/api/quotes/" + quote.getId(), "{\"lines\": []}", "m").statusCode())
        .isEqualTo(400);
    assertThat(
            api()
                .patch("/api/quotes/" + quote.getId(), "{\"customerKind\": \"ALIEN\"}", "m")
                .statusCode())
        .isEqualTo(400);
    assertThat(changes(quote).at("/page/totalElements").asLong()).isZero();
  }

  @Test
  void anAcceptedOrUnpricedQuoteCannotBeChangedAndAnUnknownOneIsNotFound() {
    Quote accepted = drafted("ONE_OFF", null, 80, List.of());
    acceptance.accept(accepted.getId());
    Quote unpriced = drafted("ONE_OFF", null, null, List.of());
    assertThat(unpriced.getStatus()).isEqualTo(QuoteStatus.NEEDS_DETAILS);

    for (Quote quote : List.of(accepted, unpriced)) {
      HttpResponse<String> response =
          api().patch("/api/quotes/" + quote.getId(), "{\"persons\": 1}", "mette");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
      assertThat(json.readTree(response.body()).at("/title").asString())
          .isEqualTo("Quote cannot be changed");
    }
    assertThat(
            api().patch("/api/quotes/" + UUID.randomUUID(), "{\"persons\": 1}", "m").statusCode())
        .isEqualTo(404);
    assertThat(api().get("/api/quotes/" + UUID.randomUUID() + "/changes").statusCode())
        .isEqualTo(404);
  }

  private JsonNode changes(Quote quote) {
    return json.readTree(api().get("/api/quotes/" + quote.getId() + "/changes").body());
  }

  private Quote drafted(String type, String frequency, Integer area, List<String> addOns) {
    return drafting
        .draftFor(
            new LeadCreated(
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
                Instant.now()))
        .orElseThrow();
  }

  private QuoteApi api() {
    return QuoteApi.on(port);
  }
}
