package dk.renos.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's live OpenAPI document ({@code /v3/api-docs}) against the copy committed in {@code
 * docs/openapi/<service>.json}, which the staff web app generates its API types from. A change to a
 * controller that changes the document fails the service's build until the copy is regenerated with
 * {@code -Drenos.openapi.update=true} (and committed), so the web app's types never go stale.
 */
public final class OpenApiSnapshot {

  /** System property that rewrites the committed copy instead of comparing with it. */
  public static final String UPDATE = "renos.openapi.update";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private OpenApiSnapshot() {}

  /** The committed copy's path: {@code docs/openapi/<service>.json} in the checkout. */
  public static Path committed(String service) {
    return repositoryRoot().resolve("docs/openapi").resolve(service + ".json");
  }

  public static void assertLiveDocumentMatchesCommitted(int port, String service) {
    HttpResponse<String> response = ServiceHttp.on(port).get("/v3/api-docs");
    assertThat(response.statusCode()).as("GET /v3/api-docs -> %s", response.body()).isEqualTo(200);
    assertMatches(
        response.body(), committed(service), service, Boolean.getBoolean(UPDATE), repositoryRoot());
  }

  /**
   * Compares (or, with {@code update}, rewrites) one document: the live JSON in its canonical form
   * against the file. The failure names the file and the command that regenerates it.
   */
  static void assertMatches(
      String liveJson, Path file, String service, boolean update, Path repositoryRoot) {
    String live = canonical(JSON.readTree(liveJson));
    String regenerate =
        "./mvnw -B -ntp -pl "
            + service
            + " -am verify -Dit.test=OpenApiDocumentIT -Dtest=none"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D"
            + UPDATE
            + "=true";
    try {
      if (update) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, live, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("%s is missing; create it with: %s", file, regenerate).exists();
      String stored = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(live)
          .as(
              "the OpenAPI document of %s changed, so %s (and the web app's types generated from it)"
                  + " are stale. Regenerate it with: %s, then commit the file",
              service, repositoryRoot.relativize(file.toAbsolutePath()), regenerate)
          .isEqualTo(stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sorted keys, two-space indent, one trailing newline: the committed form. */
  static String canonical(JsonNode document) {
    return JSON.writeValueAsString(sorted(document)) + "\n";
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        fields.put(field.getKey(), sorted(field.getValue()));
      }
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
        copy.add(sorted(it.next()));
      }
      return copy;
    }
    return node;
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isExecutable(dir.resolve("renos"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the checkout's root (the folder holding ./renos)");
    }
    return dir;
  }
}
