package dk.renos.quote.acceptance;

import static dk.renos.testsupport.KafkaTopics.header;
import static dk.renos.testsupport.KafkaTopics.headers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import dk.renos.events.Topics;
import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.drafting.QuoteDrafting;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteStatus;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.TestTokens;
import dk.renos.testsupport.WithRealInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff record an acceptance over HTTP; QuoteAccepted leaves through the outbox, once. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class QuoteAcceptanceIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());
  private static final String ACCEPTED = "dk.renos.quote.QuoteAccepted.v1";

  @LocalServerPort int port;

  @Autowired QuoteDrafting drafting;

  @Autowired JsonMapper json;

  @Test
  void acceptingADraftedQuotePublishesQuoteAcceptedAndASecondAcceptIsAConflict() {
    Quote quote = draftedQuote(98);
    Instant before = Instant.now();

    HttpResponse<String> accepted = post("/api/quotes/" + quote.getId() + "/accept");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    JsonNode body = json.readTree(accepted.body());
    assertThat(body.at("/status").asString()).isEqualTo("ACCEPTED");
    Instant acceptedAt = Instant.parse(body.at("/acceptedAt").asString());
    assertThat(acceptedAt).isAfterOrEqualTo(before.minusMillis(1));
    assertThat(
            ServiceHttp.on(port)
                .as(Role.STAFF)
                .getJson("/api/quotes/" + quote.getId())
                .at("/status")
                .asString())
        .isEqualTo("ACCEPTED");

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(
            Topics.QUOTE,
            r ->
                quote.getId().toString().equals(r.key())
                    && ACCEPTED.equals(header(r, CloudEventHeaders.TYPE)));
    assertThat(headers(record))
        .containsKeys("ce_id", "ce_time")
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("ce_source", "/renos/quote-service")
        .containsEntry("ce_subject", quote.getId().toString());
    // Producer contract: exactly the golden sample's fields, in its order.
    JsonNode published = json.readTree(record.value());
    assertThat(published.propertyNames())
        .containsExactlyElementsOf(
            json.readTree(EventType.QUOTE_ACCEPTED.sampleJson()).propertyNames());
    assertThat(published.get("quoteId").asString()).isEqualTo(quote.getId().toString());
    assertThat(published.get("leadId").asString()).isEqualTo(quote.getLeadId().toString());
    assertThat(published.get("customerId").asString()).isEqualTo(quote.getCustomerId().toString());
    assertThat(published.get("visitMinutes").asInt())
        .isEqualTo(quote.getVisitMinutes())
        // the first visit of 98 m² every other week: 157.6 min × 1.3 → 3.5 person-hours, 2 × 2 h
        .isEqualTo(120);
    assertThat(Instant.parse(published.get("acceptedAt").asString())).isEqualTo(acceptedAt);

    HttpResponse<String> again = post("/api/quotes/" + quote.getId() + "/accept");
    assertProblem(again, 409);
    assertThat(json.readTree(again.body()).at("/detail").asString()).contains("ACCEPTED");

    awaitAcceptedOf(
        draftedQuote(70)); // later acceptance on the topic: the conflict had its chance to publish
    assertThat(acceptedRecordsOf(quote)).hasSize(1);
  }

  @Test
  void concurrentAcceptsPublishOnce() throws Exception {
    Quote quote = draftedQuote(120);
    int requests = 4;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
      for (int i = 0; i < requests; i++) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return post("/api/quotes/" + quote.getId() + "/accept").statusCode();
                }));
      }
      start.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        codes.add(status.get());
      }
      assertThat(codes).containsOnlyOnce(200).containsOnly(200, 409);
    }

    awaitAcceptedOf(draftedQuote(70));
    assertThat(acceptedRecordsOf(quote)).hasSize(1);
  }

  @Test
  void aQuoteWithoutPriceCannotBeAccepted() {
    LeadCreated noArea =
        new LeadCreated(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "WEBSITE",
            "DEEP_CLEAN",
            null,
            null,
            List.of(),
            null,
            null,
            null,
            Instant.now());
    Quote quote = drafting.draftFor(noArea).orElseThrow();
    assertThat(quote.getStatus()).isEqualTo(QuoteStatus.NEEDS_DETAILS);

    assertProblem(post("/api/quotes/" + quote.getId() + "/accept"), 409);
    assertThat(
            ServiceHttp.on(port)
                .as(Role.STAFF)
                .getJson("/api/quotes/" + quote.getId())
                .at("/status")
                .asString())
        .isEqualTo("NEEDS_DETAILS");
  }

  @Test
  void anUnknownQuoteIsNotFound() {
    UUID unknown = UUID.randomUUID();
    assertProblem(post("/api/quotes/" + unknown + "/accept"), 404);
    assertProblem(ServiceHttp.on(port).as(Role.STAFF).get("/api/quotes/" + unknown), 404);
    assertProblem(ServiceHttp.on(port).as(Role.STAFF).get("/api/quotes/not-a-uuid"), 400);
  }

  private Quote draftedQuote(int areaSqm) {
    LeadCreated lead =
        new LeadCreated(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "WEBSITE",
            "RECURRING",
            "BIWEEKLY",
            areaSqm,
            List.of(),
            null,
            null,
            null,
            Instant.now());
    Quote quote = drafting.draftFor(lead).orElseThrow();
    assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DRAFTED);
    return quote;
  }

  private void awaitAcceptedOf(Quote quote) {
    assertThat(post("/api/quotes/" + quote.getId() + "/accept").statusCode()).isEqualTo(200);
    kafka.awaitRecord(
        Topics.QUOTE,
        r ->
            quote.getId().toString().equals(r.key())
                && ACCEPTED.equals(header(r, CloudEventHeaders.TYPE)));
  }

  private static List<ConsumerRecord<String, byte[]>> acceptedRecordsOf(Quote quote) {
    return kafka.readAll(Topics.QUOTE).stream()
        .filter(
            r ->
                quote.getId().toString().equals(r.key())
                    && ACCEPTED.equals(header(r, CloudEventHeaders.TYPE)))
        .toList();
  }

  private void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).at("/status").asInt()).isEqualTo(status);
  }

  private HttpResponse<String> post(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Authorization", TestTokens.bearer(Role.STAFF))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
