package dk.renos.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dk.renos.testsupport.ServiceHttp;
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
import dk.renos.quote.drafting.Quote;
import dk.renos.quote.drafting.QuoteRepository;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class QuoteServiceIT {


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

    JsonNode page0 = http().getJson("/api/quotes?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(page0.at("/page/totalPages").asInt()).isEqualTo(2);
    assertThat(ServiceHttp.ids(page0)).containsExactly(newest.getId().toString(), middle.getId().toString());
    assertThat(page0.at("/content/0/priceInclVatOre").asLong()).isEqualTo(349_875L);
    assertThat(page0.at("/content/0/hours").decimalValue()).isEqualByComparingTo("3.5");
    assertThat(page0.at("/content/0/status").asString()).isEqualTo("DRAFT");
    assertThat(ServiceHttp.ids(http().getJson("/api/quotes?page=1&size=2"))).containsExactly(older.getId().toString());
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
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/quotes");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("quote-service", "db", "kafka");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port);
  }
}
