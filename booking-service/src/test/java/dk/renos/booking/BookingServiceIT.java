package dk.renos.booking;

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
import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class BookingServiceIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  BookingRepository bookings;

  @BeforeEach
  void clean() {
    bookings.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'booking' order by table_name",
        String.class)).contains("booking", "flyway_schema_history");
  }

  @Test
  void bookingsArePagedLatestStartFirst() throws Exception {
    Instant day = Instant.parse("2026-12-01T08:00:00Z");
    Booking first = bookings.save(confirmed(day, 3));
    Booking third = bookings.save(confirmed(day.plus(2, ChronoUnit.DAYS), 2));
    Booking second = bookings.save(Booking.tentative(UUID.randomUUID(), UUID.randomUUID(),
        day.plus(1, ChronoUnit.DAYS), day.plus(1, ChronoUnit.DAYS).plus(4, ChronoUnit.HOURS), Instant.now()));

    JsonNode page0 = getJson("/api/bookings?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(ids(page0)).containsExactly(third.getId().toString(), second.getId().toString());
    assertThat(page0.at("/content/1/status").asString()).isEqualTo("TENTATIVE");
    assertThat(page0.at("/content/0/startsAt").asString()).isEqualTo("2026-12-03T08:00:00Z");
    assertThat(ids(getJson("/api/bookings?page=1&size=2"))).containsExactly(first.getId().toString());
  }

  @Test
  void overlappingConfirmedBookingsAreImpossible() {
    Instant start = Instant.parse("2026-12-10T08:00:00Z");
    bookings.saveAndFlush(confirmed(start, 4));
    // back-to-back is fine: [08,12) and [12,14)
    bookings.saveAndFlush(confirmed(start.plus(4, ChronoUnit.HOURS), 2));
    // a tentative booking may overlap; it is not yet a promise
    bookings.saveAndFlush(Booking.tentative(UUID.randomUUID(), UUID.randomUUID(), start.plus(1, ChronoUnit.HOURS),
        start.plus(2, ChronoUnit.HOURS), Instant.now()));
    assertThatThrownBy(() -> bookings.saveAndFlush(confirmed(start.plus(1, ChronoUnit.HOURS), 1)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(bookings.count()).isEqualTo(3);
  }

  private static Booking confirmed(Instant start, int hours) {
    Booking booking = Booking.tentative(UUID.randomUUID(), UUID.randomUUID(), start,
        start.plus(hours, ChronoUnit.HOURS), Instant.now());
    booking.confirm();
    return booking;
  }

  @Test
  void badPagingIsAProblem() throws Exception {
    for (String query : List.of("size=-1", "size=abc", "size=101", "page=-1")) {
      HttpResponse<String> response = get("/api/bookings?" + query);
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
    assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("application=\"booking-service\"");
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
