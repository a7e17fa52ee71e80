package dk.renos.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dk.renos.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dk.renos.quote.drafting.Quote;
import dk.renos.quote.drafting.QuoteRepository;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class QuoteServiceIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  QuoteRepository quotes;

  @BeforeEach
  void clean() {
    quotes.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'quote' order by table_name",
        String.class)).contains("quote", "flyway_schema_history");
  }

  @Test
  void quotesArePagedNewestFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Quote older = quotes.save(quote(now.minus(2, ChronoUnit.DAYS), 1_249_50L));
    Quote newest = quotes.save(quote(now.minus(1, ChronoUnit.HOURS), 3_498_75L));
    Quote middle = quotes.save(quote(now.minus(1, ChronoUnit.DAYS), 99_900L));

    JsonNode page0 = getJson("/api/quotes?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(page0.at("/page/totalPages").asInt()).isEqualTo(2);
    assertThat(ids(page0)).containsExactly(newest.getId().toString(), middle.getId().toString());
    assertThat(page0.at("/content/0/priceInclVatOre").asLong()).isEqualTo(349_875L);
    assertThat(page0.at("/content/0/hours").decimalValue()).isEqualByComparingTo("3.5");
    assertThat(page0.at("/content/0/status").asString()).isEqualTo("DRAFT");
    assertThat(ids(getJson("/api/quotes?page=1&size=2"))).containsExactly(older.getId().toString());
  }

  @Test
  void theDatabaseRejectsANegativePrice() {
    assertThatThrownBy(() -> jdbc.update("insert into quote values (?, ?, ?, 'DRAFT', 'X', 1, 1, -1, now(), now())",
        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())).isInstanceOf(DataIntegrityViolationException.class);
  }

  private static Quote quote(Instant createdAt, long priceInclVatOre) {
    return Quote.draft(UUID.randomUUID(), UUID.randomUUID(), "REGULAR", 2, new BigDecimal("3.50"), priceInclVatOre,
        createdAt);
  }

  @Test
  void badPagingIsAProblem() throws Exception {
    for (String query : List.of("size=-1", "size=abc", "size=101", "page=-1")) {
      HttpResponse<String> response = get("/api/quotes?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.at("/status").asInt()).isEqualTo(400);
      assertThat(problem.at("/errors/0/field").asString()).isIn("size", "page");
    }
  }

  @Test
  void actuatorProbesAndPrometheus() throws Exception {
    JsonNode readiness = getJson("/actuator/health/readiness");
    assertThat(readiness.at("/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/kafka/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/kafka/details/nodes").asInt()).isPositive();
    assertThat(getJson("/actuator/health/liveness").at("/status").asString()).isEqualTo("UP");

    HttpResponse<String> prometheus = get("/actuator/prometheus");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.headers().firstValue("Content-Type").orElseThrow()).matches("text/plain.*|application/openmetrics-text.*");
    assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("application=\"quote-service\"");
  }

  private static List<String> ids(JsonNode page) {
    return page.get("content").valueStream().map(node -> node.get("id").asString()).toList();
  }

  private JsonNode getJson(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
