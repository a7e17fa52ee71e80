package dk.renos.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.renos.monitoring.check.ServiceCheck;
import dk.renos.monitoring.check.ServiceCheckRepository;
import dk.renos.monitoring.check.ServiceStatus;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class MonitoringServiceIT {

  @LocalServerPort int port;

  @Autowired JdbcTemplate jdbc;

  static HttpServer healthyService;

  @Autowired ServiceCheckRepository checks;

  @DynamicPropertySource
  static void monitoredServices(DynamicPropertyRegistry registry) throws IOException {
    healthyService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    healthyService.createContext(
        "/actuator/health/readiness",
        exchange -> {
          byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    healthyService.start();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    registry.add("renos.monitoring.interval", () -> "300ms");
    registry.add(
        "renos.monitoring.services.healthy-service",
        () -> "http://127.0.0.1:" + healthyService.getAddress().getPort());
    registry.add(
        "renos.monitoring.services.stopped-service", () -> "http://127.0.0.1:" + closedPort);
  }

  @AfterAll
  static void stopStub() {
    healthyService.stop(0);
  }

  @BeforeEach
  void clean() {
    jdbc.update("delete from service_check where service = 'archive-probe'");
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(
            jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'monitoring' order by table_name",
                String.class))
        .contains("service_check", "flyway_schema_history");
  }

  @Test
  void pollsEveryConfiguredServiceAndReportsTheLatestStatus() throws Exception {
    // application.yml's defaults (localhost:8080-8085) stay in the map; the two test targets are
    // added.
    JsonNode healthy = null;
    JsonNode stopped = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode services = http().getJson("/api/monitoring/services");
      assertThat(services.size()).isEqualTo(8);
      healthy = byName(services, "healthy-service");
      stopped = byName(services, "stopped-service");
      if (healthy.at("/status").asString().equals("UP")
          && stopped.at("/status").asString().equals("DOWN")) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(healthy.at("/status").asString()).isEqualTo("UP");
    assertThat(healthy.at("/url").asString()).startsWith("http://127.0.0.1:");
    assertThat(healthy.at("/latencyMs").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(Instant.parse(healthy.at("/lastCheckedAt").asString()))
        .isBefore(Instant.now().plusSeconds(1));
    assertThat(stopped.at("/status").asString()).isEqualTo("DOWN");
    assertThat(stopped.at("/detail").asString()).isNotBlank();

    assertThat(
            jdbc.queryForObject(
                "select count(*) from service_check where service = 'healthy-service'", Long.class))
        .isPositive();
    String prometheus = http().get("/actuator/prometheus").body();
    assertThat(prometheus)
        .containsPattern("renos_service_up\\{[^}]*service=\"healthy-service\"[^}]*} 1\\.0")
        .containsPattern("renos_service_up\\{[^}]*service=\"stopped-service\"[^}]*} 0\\.0");
  }

  @Test
  void checkHistoryIsPagedNewestFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ServiceCheck older = checks.save(check(ServiceStatus.UP, now.minus(2, ChronoUnit.MINUTES)));
    ServiceCheck newest = checks.save(check(ServiceStatus.DOWN, now));
    ServiceCheck middle = checks.save(check(ServiceStatus.UP, now.minus(1, ChronoUnit.MINUTES)));

    JsonNode page0 = http().getJson("/api/monitoring/checks?service=archive-probe&page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(page0.at("/content/0/status").asString()).isEqualTo("DOWN");
    assertThat(page0.at("/content/0/checkedAt").asString())
        .isEqualTo(newest.getCheckedAt().toString());
    assertThat(page0.at("/content/1/checkedAt").asString())
        .isEqualTo(middle.getCheckedAt().toString());
    JsonNode page1 = http().getJson("/api/monitoring/checks?service=archive-probe&page=1&size=2");
    assertThat(page1.at("/content/0/checkedAt").asString())
        .isEqualTo(older.getCheckedAt().toString());
    assertThat(http().get("/api/monitoring/checks?page=0").statusCode()).isEqualTo(400);
  }

  private static JsonNode byName(JsonNode services, String name) {
    return services
        .valueStream()
        .filter(node -> node.at("/name").asString().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + services));
  }

  private static ServiceCheck check(ServiceStatus status, Instant at) {
    return new ServiceCheck("archive-probe", "http://archive.invalid", status, 12, "HTTP 200", at);
  }

  @Test
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/monitoring/checks?service=archive-probe");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("monitoring-service", "db");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
