package dk.renos.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against a service under test, plus the contract every RenOS service keeps:
 * paged lists refuse bad paging with field-level problem+json, probes report their dependencies,
 * and Prometheus text carries the application tag.
 */
public final class ServiceHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;

  private ServiceHttp(int port) {
    this.port = port;
  }

  public static ServiceHttp on(int port) {
    return new ServiceHttp(port);
  }

  public HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during GET " + path, e);
    }
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
   * Readiness is UP and checks the named dependencies, liveness is UP, Prometheus text is tagged.
   */
  public void assertProbesAndPrometheus(String application, String... readinessComponents) {
    JsonNode readiness = getJson("/actuator/health/readiness");
    assertThat(readiness.at("/status").asString()).isEqualTo("UP");
    for (String component : readinessComponents) {
      assertThat(readiness.at("/components/" + component + "/status").asString())
          .as(component)
          .isEqualTo("UP");
    }
    if (List.of(readinessComponents).contains("kafka")) {
      assertThat(readiness.at("/components/kafka/details/nodes").asInt()).isPositive();
    }
    assertThat(getJson("/actuator/health/liveness").at("/status").asString()).isEqualTo("UP");

    HttpResponse<String> prometheus = get("/actuator/prometheus");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.headers().firstValue("Content-Type").orElseThrow())
        .matches("text/plain.*|application/openmetrics-text.*");
    assertThat(prometheus.body())
        .contains("jvm_memory_used_bytes")
        .contains("application=\"" + application + "\"");
  }
}
