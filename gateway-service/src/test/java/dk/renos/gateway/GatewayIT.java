package dk.renos.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.renos.gateway.staff.StaffRole;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.testsupport.WithRealInfrastructure;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against real PostgreSQL and Redis, with a JDK HTTP server standing in for
 * lead-service and a closed port standing in for a quote-service that is down.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "RENOS_ADMIN_PASSWORD=" + GatewayIT.ADMIN_PASSWORD,
      "RENOS_RATE_LIMIT_REPLENISH_RATE=1",
      "RENOS_RATE_LIMIT_BURST_CAPACITY=" + GatewayIT.BURST
    })
@WithRealInfrastructure
class GatewayIT {

  static final String ADMIN_PASSWORD = "correct horse battery staple";
  static final int BURST = 5;
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Requests the fake lead-service received: "METHOD path?query authorization-present". */
  static final List<String> leadRequests = new CopyOnWriteArrayList<>();

  static final HttpServer leadService = startLeadService();
  static final int deadPort = freePort();

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("RENOS_LEAD_URL", () -> "http://127.0.0.1:" + leadService.getAddress().getPort());
    registry.add("RENOS_QUOTE_URL", () -> "http://127.0.0.1:" + deadPort);
  }

  @AfterAll
  static void stopLeadService() {
    leadService.stop(0);
  }

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Autowired StaffUserRepository staffUsers;

  @Autowired PasswordEncoder passwordEncoder;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void apiWithoutCredentialsIs401Problem() throws Exception {
    HttpResponse<String> response = get("/api/leads", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertProblem(response, 401);
  }

  @Test
  void wrongPasswordIs401Problem() throws Exception {
    HttpResponse<String> response = get("/api/leads", basic("admin", "not the password"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertProblem(response, 401);
  }

  @Test
  void adminReachesTheServiceWithPathUnchangedAndCredentialsRemoved() throws Exception {
    HttpResponse<String> response =
        get("/api/leads/42/notes?page=1", basic("admin", ADMIN_PASSWORD));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("{\"from\":\"lead-service\"}");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(leadRequests)
        .contains("GET /api/leads/42/notes?page=1 authorization=false user=admin");
  }

  @Test
  void serviceThatIsDownIs503ProblemNamingIt() throws Exception {
    HttpResponse<String> response = get("/api/quotes", basic("admin", ADMIN_PASSWORD));

    assertThat(response.statusCode()).isIn(502, 503);
    Map<String, Object> problem = assertProblem(response, response.statusCode());
    assertThat(problem).containsEntry("service", "quote-service");
    assertThat((String) problem.get("title")).contains("quote-service");
  }

  @Test
  void requestsBeyondTheBurstAre429() throws Exception {
    staffUsers.upsert("rate-limited", passwordEncoder.encode("pw-rate-limited"), StaffRole.STAFF);
    String auth = basic("rate-limited", "pw-rate-limited");

    List<HttpResponse<String>> responses = new ArrayList<>();
    for (int i = 0; i < BURST * 3; i++) {
      responses.add(get("/api/leads", auth));
    }

    assertThat(responses.get(0).statusCode()).isEqualTo(201);
    HttpResponse<String> limited =
        responses.stream()
            .filter(r -> r.statusCode() == 429)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no 429 among "
                            + responses.stream().map(HttpResponse::statusCode).toList()));
    assertProblem(limited, 429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void readinessIsUpWithDatabaseAndRedis() throws Exception {
    HttpResponse<String> response = get("/actuator/health/readiness", null);

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> health = JSON.readValue(response.body(), new TypeReference<>() {});
    assertThat(health).containsEntry("status", "UP");
    assertThat(health.get("components")).asString().contains("db", "redis", "readinessState");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> components =
        (Map<String, Map<String, Object>>) health.get("components");
    assertThat(components.get("db")).containsEntry("status", "UP");
    assertThat(components.get("redis")).containsEntry("status", "UP");
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
  }

  @Test
  void prometheusIsOpenAndTagged() throws Exception {
    get("/actuator/health", null);
    HttpResponse<String> response = get("/actuator/prometheus", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("application=\"gateway-service\"")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void deadLettersAreForAdminsOnlyAndPassThroughUnchanged() throws Exception {
    staffUsers.upsert("cleaner-office", passwordEncoder.encode("pw-staff"), StaffRole.STAFF);
    HttpResponse<String> staff =
        get("/api/admin/dead-letters/lead-service", basic("cleaner-office", "pw-staff"));
    assertProblem(staff, 403);

    HttpResponse<String> admin =
        get("/api/admin/dead-letters/lead-service?page=0", basic("admin", ADMIN_PASSWORD));
    assertThat(admin.statusCode())
        .isEqualTo(201); // the fake lead-service answers 201 to everything
    assertThat(leadRequests)
        .contains("GET /api/admin/dead-letters/lead-service?page=0 authorization=false user=admin");
  }

  @Test
  void servicesLearnTheStaffUserFromTheGatewayAndACallerCannotSpoofIt() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/leads/7"))
                .header("Authorization", basic("admin", ADMIN_PASSWORD))
                .header("X-Renos-User", "the-owner")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(leadRequests).contains("GET /api/leads/7 authorization=false user=admin");
  }

  @Test
  void mailboxConnectionsAreForAdminsOnly() throws Exception {
    staffUsers.upsert("office-mailbox", passwordEncoder.encode("pw-staff"), StaffRole.STAFF);
    assertProblem(get("/api/emails/connections", basic("office-mailbox", "pw-staff")), 403);
    assertProblem(
        get(
            "/api/emails/connections/oauth/start?mailbox=a@b.dk",
            basic("office-mailbox", "pw-staff")),
        403);
    assertThat(get("/api/emails/threads", basic("office-mailbox", "pw-staff")).statusCode())
        .as("reading threads stays open to staff")
        .isNotEqualTo(403);
  }

  @Test
  void theAsyncApiDocumentIsServedWithoutLogin() throws Exception {
    HttpResponse<String> response = get("/asyncapi.yaml", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/yaml");
    assertThat(response.body())
        .contains("asyncapi: 3.0.0")
        .contains("dk.renos.lead.LeadCreated.v1")
        .contains("lead.events");
  }

  @Test
  void adminPasswordIsStoredAsBcryptHash() {
    String hash =
        jdbc.sql("SELECT password_hash FROM gateway.staff_user WHERE username = 'admin'")
            .query(String.class)
            .single();

    assertThat(hash)
        .isNotEqualTo(ADMIN_PASSWORD)
        .doesNotContain(ADMIN_PASSWORD)
        .matches("^\\$2[aby]\\$\\d\\d\\$.{53}$");
    assertThat(passwordEncoder.matches(ADMIN_PASSWORD, hash)).isTrue();
    assertThat(
            jdbc.sql("SELECT role FROM gateway.staff_user WHERE username = 'admin'")
                .query(String.class)
                .single())
        .isEqualTo("ADMIN");
  }

  private HttpResponse<String> get(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Map<String, Object> problem = JSON.readValue(response.body(), new TypeReference<>() {});
    assertThat(problem).containsEntry("status", status).containsKeys("type", "title", "detail");
    return problem;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpServer startLeadService() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            leadRequests.add(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI().getRawPath()
                    + (query != null ? "?" + query : "")
                    + " authorization="
                    + exchange.getRequestHeaders().containsKey("Authorization")
                    + (exchange.getRequestHeaders().containsKey("X-Renos-User")
                        ? " user=" + exchange.getRequestHeaders().getFirst("X-Renos-User")
                        : ""));
            byte[] body = "{\"from\":\"lead-service\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      return server;
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
