package dk.renos.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against a service under test, calling as a role with a token like the
 * gateway's ({@link TestTokens}, a fresh one per request), plus the contract every RenOS service
 * keeps: paged lists refuse bad paging with field-level problem+json, probes report their
 * dependencies, Prometheus text carries the application tag, and a call without a valid token is
 * 401.
 *
 * <pre>{@code
 * ServiceHttp.on(port).as(Role.STAFF).get("/api/leads");
 * ServiceHttp.on(port).as(Role.OWNER).postJson("/api/emails/outgoing", "{...}");
 * ServiceHttp.on(port).get("/actuator/health/readiness");          // no token
 * }</pre>
 */
public final class ServiceHttp {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final Supplier<String> token;

  private ServiceHttp(int port, Supplier<String> token) {
    this.port = port;
    this.token = token;
  }

  /** Calls without a token (only health, info, Prometheus and the OpenAPI document answer). */
  public static ServiceHttp on(int port) {
    return new ServiceHttp(port, () -> null);
  }

  /** Calls as a user of this role ({@code test-staff} etc.; a cleaner of {@code team-1}). */
  public ServiceHttp as(Role role) {
    return new ServiceHttp(port, () -> TestTokens.forRole(role));
  }

  /** Calls as this user. */
  public ServiceHttp as(String username, Role role, String team) {
    return new ServiceHttp(port, () -> TestTokens.forUser(username, role, team));
  }

  /** Calls with exactly this token (e.g. a bad one from {@link TestTokens#builder()}). */
  public ServiceHttp withToken(String rawToken) {
    return new ServiceHttp(port, () -> rawToken);
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** A request to {@code path} with this caller's token; finish it and {@link #send} it. */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    String bearer = token.get();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return request;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(built.method() + " " + built.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted during " + built.method() + " " + built.uri(), e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** POST without a body. */
  public HttpResponse<String> post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> patchJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** GET that must answer 200; the body as JSON. */
  public JsonNode getJson(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The ids of a page's content, in order. */
  public static List<String> ids(JsonNode page) {
    return page.get("content").valueStream().map(node -> node.get("id").asString()).toList();
  }

  /** The response is problem+json with this status; its body as JSON. */
  public static JsonNode assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as(response.uri() + " -> " + response.body())
        .isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(response.uri().toString())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.at("/status").asInt()).isEqualTo(status);
    assertThat(problem.has("title")).isTrue();
    return problem;
  }

  /**
   * {@code GET path} is 401 problem+json without a token and with each kind of bad token: signed by
   * another key, expired, for another audience, from another issuer, without an expiry, and
   * garbage.
   */
  public void assertRefusesMissingAndBadTokens(String path) {
    assertProblem(on(port).get(path), 401);
    List<String> bad =
        List.of(
            TestTokens.builder().role(Role.OWNER).signedByAnotherKey().mint(),
            TestTokens.builder().role(Role.OWNER).expired().mint(),
            TestTokens.builder().role(Role.OWNER).audience("another-audience").mint(),
            TestTokens.builder().role(Role.OWNER).issuer("https://evil.example").mint(),
            TestTokens.builder().role(Role.OWNER).withoutExpiry().mint(),
            "not-a-jwt");
    for (String token : bad) {
      HttpResponse<String> response = on(port).withToken(token).get(path);
      assertProblem(response, 401);
      assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    }
  }

  /** {@code GET path} as each of these roles is 403 problem+json. */
  public void assertForbidden(String path, Role... roles) {
    for (Role role : roles) {
      assertProblem(on(port).as(role).get(path), 403);
    }
  }

  /** Negative, oversized or non-numeric paging is a 400 problem+json naming the field. */
  public void assertBadPagingIsAProblem(String listPath) {
    for (String query : List.of("size=-1", "size=abc", "size=101", "page=-1")) {
      HttpResponse<String> response = get(listPath + (listPath.contains("?") ? "&" : "?") + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.at("/status").asInt()).isEqualTo(400);
      assertThat(problem.at("/errors/0/field").asString()).as(query).isIn("size", "page");
    }
  }

  /**
   * Readiness is UP and checks the named dependencies, liveness is UP, Prometheus text is tagged;
   * all of it without a token.
   */
  public void assertProbesAndPrometheus(String application, String... readinessComponents) {
    ServiceHttp anonymous = on(port);
    JsonNode readiness = anonymous.getJson("/actuator/health/readiness");
    assertThat(readiness.at("/status").asString()).isEqualTo("UP");
    for (String component : readinessComponents) {
      assertThat(readiness.at("/components/" + component + "/status").asString())
          .as(component)
          .isEqualTo("UP");
    }
    if (List.of(readinessComponents).contains("kafka")) {
      assertThat(readiness.at("/components/kafka/details/nodes").asInt()).isPositive();
    }
    assertThat(anonymous.getJson("/actuator/health/liveness").at("/status").asString())
        .isEqualTo("UP");

    HttpResponse<String> prometheus = anonymous.get("/actuator/prometheus");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.headers().firstValue("Content-Type").orElseThrow())
        .matches("text/plain.*|application/openmetrics-text.*");
    assertThat(prometheus.body())
        .contains("jvm_memory_used_bytes")
        .contains("application=\"" + application + "\"");
  }
}
