package dk.renos.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dk.renos.gateway.apitoken.ApiTokens;
import dk.renos.gateway.routing.StreamingChatService;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.testsupport.TestTokens;
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
      "RENOS_BOOTSTRAP_API_TOKEN=" + GatewayIT.OWNER_TOKEN,
      "RENOS_RATE_LIMIT_REPLENISH_RATE=1",
      "RENOS_RATE_LIMIT_BURST_CAPACITY=" + GatewayIT.BURST
    })
@WithRealInfrastructure
public class GatewayIT {

  static final String ADMIN_PASSWORD = "correct horse battery staple";
  public static final String OWNER_TOKEN =
      "renos_pat_GatewayITownerTokenGatewayITownerTokenGatewayITown";
  static final String OWNER = "Bearer " + OWNER_TOKEN;
  static final int BURST = 5;
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Requests the fake lead-service received: "METHOD path?query". */
  static final List<String> leadRequests = new CopyOnWriteArrayList<>();

  /** The Authorization and Cookie headers of each request the fake service received, in order. */
  static final List<String[]> leadCredentials = new CopyOnWriteArrayList<>();

  static final HttpServer leadService = startLeadService();
  static final StreamingChatService chatService = StreamingChatService.start();
  static final int deadPort = freePort();

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("RENOS_LEAD_URL", () -> "http://127.0.0.1:" + leadService.getAddress().getPort());
    registry.add("RENOS_QUOTE_URL", () -> "http://127.0.0.1:" + deadPort);
    registry.add(
        "RENOS_BOOKING_URL", () -> "http://127.0.0.1:" + leadService.getAddress().getPort());
    registry.add("RENOS_CHAT_URL", chatService::url);
  }

  @AfterAll
  static void stopLeadService() {
    leadService.stop(0);
    chatService.close();
  }

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Autowired StaffUserRepository staffUsers;

  @Autowired PasswordEncoder passwordEncoder;

  @Autowired ApiTokens apiTokens;

  /** {@code Bearer <token>} for a new API token of this role. */
  String tokenFor(String role, String team) {
    return "Bearer "
        + apiTokens
            .create(
                new ApiTokens.NewToken(
                    role.toLowerCase() + "-" + java.util.UUID.randomUUID(),
                    role,
                    team,
                    java.time.Instant.now().plusSeconds(3600).toString()),
                "GatewayIT")
            .secret();
  }

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void apiWithoutCredentialsIs401Problem() throws Exception {
    HttpResponse<String> response = get("/api/leads", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertProblem(response, 401);
  }

  @Test
  void anUnknownApiTokenAndHttpBasicAre401Problems() throws Exception {
    assertProblem(get("/api/leads", basic("admin", ADMIN_PASSWORD)), 401);
    HttpResponse<String> response = get("/api/leads", "Bearer renos_pat_notAToken");

    assertThat(response.statusCode()).isEqualTo(401);
    assertProblem(response, 401);
  }

  @Test
  void theServiceGetsTheGatewaysSignedTokenInsteadOfTheCallersCredentials() throws Exception {
    int before = leadCredentials.size();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/leads/42/notes?page=1"))
                .header("Authorization", OWNER)
                .header("Cookie", "RENOS_SESSION=abc; other=1")
                .header("X-Renos-User", "the-owner")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("{\"from\":\"lead-service\"}");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(leadRequests).contains("GET /api/leads/42/notes?page=1");
    String[] received = leadCredentials.get(before);
    assertThat(received[0]).startsWith("Bearer ");
    assertThat(received[1]).as("cookies stop at the gateway").isNull();
    assertThat(received[2]).as("X-Renos-User stops at the gateway").isNull();

    JWTClaimsSet claims = verifiedWithTheGatewaysKeySet(received[0].substring(7));
    assertThat(claims.getIssuer()).isEqualTo("renos-gateway");
    assertThat(claims.getAudience()).containsExactly("renos-services");
    assertThat(claims.getSubject()).isEqualTo("token:local-install");
    assertThat(claims.getStringListClaim("roles")).containsExactly("OWNER");
    assertThat(claims.getClaim("team")).isNull();
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(60_000);
    assertThat(claims.getExpirationTime()).isAfter(new java.util.Date());
  }

  @Test
  void theFirstSseTokenOfAChatAnswerReachesTheClientBeforeTheAnswerIsComplete() throws Exception {
    HttpResponse<java.util.stream.Stream<String>> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/chat/conversations/c-1/messages"))
                .header("Authorization", tokenFor("STAFF", null))
                .header("Accept", "text/event-stream")
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Hvad er planen?\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofLines());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    List<String> lines = new ArrayList<>();
    boolean restWrittenWhenFirstTokenArrived = true;
    try (var stream = response.body()) {
      var iterator = stream.iterator();
      while (iterator.hasNext()) {
        String line = iterator.next();
        lines.add(line);
        if (line.contains("Planen")) {
          // the service holds the rest back until here: the token came through unbuffered
          restWrittenWhenFirstTokenArrived = chatService.restWritten();
          chatService.firstTokenReceived();
        }
      }
    }
    assertThat(restWrittenWhenFirstTokenArrived).isFalse();
    assertThat(chatService.heldBackUntilReceived()).isTrue();
    assertThat(lines)
        .containsSubsequence(
            "data:{\"text\":\"Planen \"}",
            "data:{\"text\":\"i dag: \"}",
            "data:{\"text\":\"3 besøg.\"}",
            "data:{\"messageId\":\"m-1\"}");
  }

  @Test
  void everyRequestGetsItsOwnToken() throws Exception {
    int before = leadCredentials.size();
    get("/api/leads/1", OWNER);
    get("/api/leads/1", OWNER);

    String first = leadCredentials.get(before)[0].substring(7);
    String second = leadCredentials.get(before + 1)[0].substring(7);
    assertThat(verifiedWithTheGatewaysKeySet(first).getJWTID())
        .isNotEqualTo(verifiedWithTheGatewaysKeySet(second).getJWTID());
  }

  @Test
  void aCleanersTokenNamesTheirTeamAndTheGatewayKeepsThemOutOfOtherAreas() throws Exception {
    String cleaner = tokenFor("CLEANER", "team-3");
    assertProblem(get("/api/leads", cleaner), 403);
    assertProblem(get("/api/emails/threads", cleaner), 403);
    assertProblem(get("/api/admin/dead-letters/lead-service", cleaner), 403);

    int before = leadCredentials.size();
    assertThat(get("/api/bookings", cleaner).statusCode()).isEqualTo(201);
    JWTClaimsSet claims =
        verifiedWithTheGatewaysKeySet(leadCredentials.get(before)[0].substring(7));
    assertThat(claims.getSubject()).startsWith("token:cleaner-");
    assertThat(claims.getStringListClaim("roles")).containsExactly("CLEANER");
    assertThat(claims.getStringClaim("team")).isEqualTo("team-3");
  }

  @Test
  void theKeySetIsPublicAndHoldsOnlyThePublicKey() throws Exception {
    HttpResponse<String> response = get("/.well-known/jwks.json", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JWKSet keys = JWKSet.parse(response.body());
    assertThat(keys.getKeys()).hasSize(1);
    ECKey key = (ECKey) keys.getKeys().get(0);
    assertThat(key.getCurve()).isEqualTo(Curve.P_256);
    assertThat(key.isPrivate()).isFalse();
    assertThat(response.body()).doesNotContain("\"d\"");
    assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
  }

  @Test
  void aServiceWithTheInstallsSecretGetsAServiceToken() throws Exception {
    HttpResponse<String> response =
        serviceToken(basic("quote-service", TestTokens.SERVICE_SECRET), "client_credentials");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    Map<String, Object> answer = JSON.readValue(response.body(), new TypeReference<>() {});
    assertThat(answer).containsEntry("token_type", "Bearer").containsEntry("expires_in", 60);
    JWTClaimsSet claims = verifiedWithTheGatewaysKeySet((String) answer.get("access_token"));
    assertThat(claims.getSubject()).isEqualTo("quote-service");
    assertThat(claims.getStringListClaim("roles")).containsExactly("SERVICE");
    assertThat(claims.getAudience()).containsExactly("renos-services");
  }

  @Test
  void aServiceTokenNeedsTheSecretAServiceNameAndTheClientCredentialsGrant() throws Exception {
    assertProblem(serviceToken(basic("quote-service", "guessed"), "client_credentials"), 401);
    assertProblem(serviceToken(null, "client_credentials"), 401);
    assertProblem(
        serviceToken(basic("gateway-service", TestTokens.SERVICE_SECRET), "client_credentials"),
        401);
    assertProblem(
        serviceToken(basic("admin", TestTokens.SERVICE_SECRET), "client_credentials"), 401);
    assertProblem(serviceToken(OWNER, "client_credentials"), 401);
    assertProblem(serviceToken(basic("quote-service", TestTokens.SERVICE_SECRET), "password"), 400);
  }

  private HttpResponse<String> serviceToken(String authorization, String grantType)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/service-token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + grantType));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The token's claims after checking its ES256 signature against the gateway's published keys. */
  private JWTClaimsSet verifiedWithTheGatewaysKeySet(String token) throws Exception {
    JWKSet keys = JWKSet.parse(get("/.well-known/jwks.json", null).body());
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(key).as("the token's key is published").isNotNull();
    assertThat(jwt.verify(new ECDSAVerifier(key))).as("signature").isTrue();
    return jwt.getJWTClaimsSet();
  }

  @Test
  void serviceThatIsDownIs503ProblemNamingIt() throws Exception {
    HttpResponse<String> response = get("/api/quotes", OWNER);

    assertThat(response.statusCode()).isIn(502, 503);
    Map<String, Object> problem = assertProblem(response, response.statusCode());
    assertThat(problem).containsEntry("service", "quote-service");
    assertThat((String) problem.get("title")).contains("quote-service");
  }

  @Test
  void requestsBeyondTheBurstAre429() throws Exception {
    String auth = tokenFor("STAFF", null);

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
  void deadLettersAreTheOwnersOnlyAndPassThroughUnchanged() throws Exception {
    HttpResponse<String> staff =
        get("/api/admin/dead-letters/lead-service", tokenFor("STAFF", null));
    assertProblem(staff, 403);

    HttpResponse<String> admin = get("/api/admin/dead-letters/lead-service?page=0", OWNER);
    assertThat(admin.statusCode())
        .isEqualTo(201); // the fake lead-service answers 201 to everything
    assertThat(leadRequests).contains("GET /api/admin/dead-letters/lead-service?page=0");
  }

  @Test
  void mailboxConnectionsAreTheOwnersOnly() throws Exception {
    String staff = tokenFor("STAFF", null);
    assertProblem(get("/api/emails/connections", staff), 403);
    assertProblem(get("/api/emails/connections/oauth/start?mailbox=a@b.dk", staff), 403);
    assertThat(get("/api/emails/threads", staff).statusCode())
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
  void theOwnersPasswordIsStoredAsAnArgon2Hash() {
    String hash =
        jdbc.sql("SELECT password_hash FROM gateway.staff_user WHERE username = 'admin'")
            .query(String.class)
            .single();

    assertThat(hash)
        .isNotEqualTo(ADMIN_PASSWORD)
        .doesNotContain(ADMIN_PASSWORD)
        .startsWith("{argon2}$argon2id$");
    assertThat(passwordEncoder.matches(ADMIN_PASSWORD, hash)).isTrue();
    assertThat(
            jdbc.sql("SELECT role FROM gateway.staff_user WHERE username = 'admin'")
                .query(String.class)
                .single())
        .as("the bootstrap administrator is the owner")
        .isEqualTo("OWNER");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndPlainHttpIsNotPinnedToHttps() throws Exception {
    for (String path : List.of("/actuator/health/liveness", "/api/leads", "/")) {
      HttpResponse<String> response = getPage(path);
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("script-src 'self'")
                      .contains("object-src 'none'")
                      .contains("frame-ancestors 'none'"));
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(headers.firstValue("Permissions-Policy"))
          .as(path)
          .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
      assertThat(headers.firstValue("Strict-Transport-Security"))
          .as("%s: HSTS only over HTTPS", path)
          .isEmpty();
    }
  }

  /** A GET as a browser navigating to a page sends it. */
  private HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
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
                    + (query != null ? "?" + query : ""));
            leadCredentials.add(
                new String[] {
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  exchange.getRequestHeaders().getFirst("Cookie"),
                  exchange.getRequestHeaders().getFirst("X-Renos-User")
                });
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
