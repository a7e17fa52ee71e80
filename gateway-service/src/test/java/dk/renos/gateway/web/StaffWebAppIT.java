package dk.renos.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.testsupport.WithRealInfrastructure;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway serves the real built staff web app (the staff-web jar on its classpath) at {@code
 * /}, falls back to index.html for client-side routes, and leaves {@code /api/**} to the API.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "RENOS_ADMIN_PASSWORD=" + StaffWebAppIT.ADMIN_PASSWORD,
      "RENOS_BOOTSTRAP_API_TOKEN=" + StaffWebAppIT.OWNER_TOKEN
    })
@WithRealInfrastructure
class StaffWebAppIT {

  static final String ADMIN_PASSWORD = "web-app-test-password";
  // The same install token as GatewayIT: a different bootstrap token would revoke the one the
  // other gateway tests' cached contexts started with (one database per test JVM).
  static final String OWNER_TOKEN = dk.renos.gateway.GatewayIT.OWNER_TOKEN;
  static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");
  static final int DEAD_PORT = freePort();

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("RENOS_LEAD_URL", () -> "http://127.0.0.1:" + DEAD_PORT);
  }

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void rootIsTheAppsIndexPageWithoutSignInAndNeverCached() throws Exception {
    HttpResponse<String> index = get("/", null, null);

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(index.body()).contains("<div id=\"root\"></div>").contains("lang=\"da\"");
    assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void aHashedAssetIsServedWithAYearLongImmutableCacheAndGzippedWhenAccepted() throws Exception {
    String script = entryScript();

    HttpResponse<String> plain = get(script, null, null);
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(plain.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(
            cache -> assertThat(cache).contains("max-age=31536000").contains("immutable"));
    assertThat(plain.body()).isNotBlank();

    HttpResponse<byte[]> gzipped =
        http.send(
            HttpRequest.newBuilder(uri(script)).header("Accept-Encoding", "gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (GZIPInputStream in =
        new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
    }
  }

  @Test
  void aDeepLinkIsAnsweredWithTheIndexPageSoTheClientRouterTakesOver() throws Exception {
    HttpResponse<String> deepLink = get("/leads/123", null, null);
    HttpResponse<String> index = get("/", null, null);

    assertThat(deepLink.statusCode()).isEqualTo(200);
    assertThat(deepLink.body()).isEqualTo(index.body());
    assertThat(deepLink.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void aMissingFileIsA404ProblemNotTheIndexPage() throws Exception {
    HttpResponse<String> missing = get("/assets/no-such-file-1234.js", null, null);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(missing.body()).doesNotContain("<div id=\"root\">");
  }

  @Test
  void apiPathsAreNotSwallowedByTheFallback() throws Exception {
    HttpResponse<String> anonymous = get("/api/leads/123", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    String admin = "Bearer " + OWNER_TOKEN;
    HttpResponse<String> routed = get("/api/leads/123", admin, null);
    assertThat(routed.statusCode()).as(routed.body()).isEqualTo(503);
    assertThat(routed.body()).contains("lead-service").doesNotContain("<div id=\"root\">");

    HttpResponse<String> unrouted = get("/api/nothing-here", admin, null);
    assertThat(unrouted.statusCode()).isEqualTo(404);
    assertThat(unrouted.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    HttpResponse<String> actuator = get("/actuator/nothing-here", admin, null);
    assertThat(actuator.statusCode()).isEqualTo(404);
    assertThat(actuator.body()).doesNotContain("<div id=\"root\">");
  }

  @Test
  void writesToAppPathsStillNeedSignIn() throws Exception {
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(uri("/leads/123"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(post.statusCode()).isEqualTo(401);
  }

  @Test
  void openApiDocumentsOfEveryServiceAreListedAndServedWithoutSignIn() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    HttpResponse<String> index = get("/v3/api-docs", null, null);
    assertThat(index.statusCode()).isEqualTo(200);
    JsonNode urls = json.readTree(index.body()).get("urls");
    assertThat(urls.valueStream().map(entry -> entry.get("name").asString()))
        .containsExactly(
            "booking-service",
            "chat-service",
            "email-ingest-service",
            "lead-service",
            "monitoring-service",
            "quote-service");

    HttpResponse<String> lead = get("/v3/api-docs/lead-service", null, null);
    assertThat(lead.statusCode()).isEqualTo(200);
    JsonNode document = json.readTree(lead.body());
    assertThat(document.get("info").get("title").asString()).isEqualTo("lead-service");
    assertThat(document.get("paths").has("/api/leads")).isTrue();
    assertThat(document.get("components").get("schemas").has("Problem")).isTrue();

    assertThat(get("/v3/api-docs/no-such-service", null, null).statusCode()).isEqualTo(404);
  }

  private String entryScript() throws Exception {
    Matcher script = ENTRY_SCRIPT.matcher(get("/", null, null).body());
    assertThat(script.find()).as("index.html names its entry script under /assets/").isTrue();
    return script.group(1);
  }

  private HttpResponse<String> get(String path, String authorization, String acceptEncoding)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
