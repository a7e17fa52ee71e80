package dk.renos.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run here, so this checks docker-compose.yml and the Prometheus config against
 * docs/CONVENTIONS.md: services, ports, the environment each gets, healthchecks and scrape targets.
 */
class DockerComposeTests {

  static final Pattern SERVICE_ROW =
      Pattern.compile(
          "^\\|\\s*([a-z-]+-service)\\s*\\|\\s*(\\d+)\\s*\\|\\s*[a-z]+\\s*\\|\\s*(RENOS_[A-Z_]+_URL|-)\\s*\\|\\s*$");

  static Path root;

  /** From docs/CONVENTIONS.md: service name → port, and service name → its URL variable. */
  static final Map<String, Integer> ports = new LinkedHashMap<>();

  static final Map<String, String> urlVariables = new LinkedHashMap<>();
  static Map<String, Object> compose;

  @BeforeAll
  static void load() throws IOException {
    root = repositoryRoot();
    for (String line : Files.readAllLines(root.resolve("docs/CONVENTIONS.md"))) {
      Matcher row = SERVICE_ROW.matcher(line);
      if (row.matches()) {
        ports.put(row.group(1), Integer.valueOf(row.group(2)));
        if (!row.group(3).equals("-")) {
          urlVariables.put(row.group(1), row.group(3));
        }
      }
    }
    compose = yaml(root.resolve("docker-compose.yml"));
  }

  @Test
  void conventionsListSevenServices() {
    assertThat(ports)
        .hasSize(7)
        .containsEntry("gateway-service", 8080)
        .containsEntry("monitoring-service", 8086);
    assertThat(urlVariables).hasSize(6).containsEntry("lead-service", "RENOS_LEAD_URL");
  }

  @Test
  void everyServiceIsBuiltFromItsModuleAndListensOnItsPort() {
    ports.forEach(
        (name, port) -> {
          Map<String, Object> service = service(name);
          Map<String, Object> build = map(service.get("build"));
          assertThat(build)
              .as(name)
              .containsEntry("context", ".")
              .containsEntry("dockerfile", "deploy/docker/Dockerfile");
          assertThat(map(build.get("args"))).as(name).containsEntry("MODULE", name);
          assertThat(environment(name)).as(name).containsEntry("SERVER_PORT", String.valueOf(port));
        });
  }

  @Test
  void onlyTheGatewaysPortIsPublished() {
    map(compose.get("services"))
        .forEach(
            (name, definition) -> {
              Map<String, Object> service = map(definition);
              if (name.equals("gateway-service")) {
                assertThat(list(service.get("ports"))).as(name).containsExactly("8080:8080");
              } else {
                assertThat(service).as(name + " publishes no port").doesNotContainKey("ports");
              }
            });
  }

  @Test
  void everythingSharesAnInternalNetworkWithNoWayOutAndOnlyWhatNeedsTheInternetHasOne() {
    Map<String, Object> networks = map(compose.get("networks"));
    assertThat(map(networks.get("internal"))).containsEntry("internal", true);
    map(compose.get("services"))
        .forEach(
            (name, definition) -> {
              List<String> joined = list(map(definition).get("networks"));
              assertThat(joined).as(name).contains("internal");
              if (List.of("gateway-service", "email-ingest-service", "chat-service")
                  .contains(name)) {
                assertThat(joined)
                    .as(name + " reaches Google / the model / the browser")
                    .containsExactlyInAnyOrder("internal", "outside");
              } else {
                assertThat(joined).as(name).containsExactly("internal");
              }
            });
  }

  @Test
  void everyServiceTrustsTheGatewaysKeySetAndMayAskForAServiceToken() {
    ports
        .keySet()
        .forEach(
            name ->
                assertThat(environment(name))
                    .as(name)
                    .containsEntry(
                        "RENOS_GATEWAY_JWKS_URL",
                        "http://gateway-service:8080/.well-known/jwks.json")
                    .containsEntry("RENOS_GATEWAY_URL", "http://gateway-service:8080")
                    .containsKey("RENOS_SERVICE_SECRET"));
    assertThat(environment("gateway-service")).containsKey("RENOS_GATEWAY_SIGNING_KEY");
  }

  @Test
  void everyServiceGetsTheDatabaseAndItsMessaging() {
    ports
        .keySet()
        .forEach(
            name -> {
              Map<String, String> env = environment(name);
              assertThat(env)
                  .as(name)
                  .containsEntry("RENOS_DB_URL", "jdbc:postgresql://postgres:5432/renos")
                  .containsKeys("RENOS_DB_USER", "RENOS_DB_PASSWORD");
              if (name.equals("gateway-service")) {
                assertThat(env)
                    .as(name)
                    .containsEntry("RENOS_REDIS_HOST", "redis")
                    .containsEntry("RENOS_REDIS_PORT", "6379");
              } else {
                assertThat(env)
                    .as(name)
                    .containsEntry("RENOS_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
              }
            });
  }

  @Test
  void gatewayAndMonitoringKnowEveryServiceUrl() {
    for (String client : List.of("gateway-service", "monitoring-service")) {
      Map<String, String> env = environment(client);
      urlVariables.forEach(
          (name, variable) ->
              assertThat(env)
                  .as(client)
                  .containsEntry(variable, "http://" + name + ":" + ports.get(name)));
    }
  }

  @Test
  void servicesHaveHealthchecksAndWaitForHealthyInfrastructure() {
    ports
        .keySet()
        .forEach(
            name -> {
              Map<String, Object> service = service(name);
              assertThat(String.join(" ", list(map(service.get("healthcheck")).get("test"))))
                  .as(name)
                  .contains("/actuator/health/readiness");
              Map<String, Object> dependsOn = map(service.get("depends_on"));
              assertThat(dependsOn).as(name).containsKeys("postgres", "redis");
              dependsOn
                  .values()
                  .forEach(
                      condition ->
                          assertThat(map(condition))
                              .as(name)
                              .containsEntry("condition", "service_healthy"));
              if (!name.equals("gateway-service")) {
                assertThat(dependsOn).as(name).containsKey("kafka");
              }
            });
  }

  @Test
  void infrastructureUsesOfficialImages() {
    assertThat((String) service("kafka").get("image")).startsWith("apache/kafka:4.1.");
    assertThat(service("postgres")).containsEntry("image", "postgres:17");
    assertThat(service("redis")).containsEntry("image", "redis:7");
    assertThat((String) service("prometheus").get("image")).startsWith("prom/prometheus");
    for (String infra : List.of("kafka", "postgres", "redis")) {
      assertThat(service(infra)).as(infra).containsKey("healthcheck");
    }
    assertThat(
            String.valueOf(
                map(service("kafka").get("environment")).get("KAFKA_ADVERTISED_LISTENERS")))
        .contains("//kafka:9092");
  }

  @Test
  void prometheusScrapesEveryService() throws IOException {
    Map<String, Object> prometheus = yaml(root.resolve("deploy/prometheus/prometheus.yml"));
    List<Map<String, Object>> jobs = list(prometheus.get("scrape_configs"));
    ports.forEach(
        (name, port) -> {
          String target = name + ":" + port;
          assertThat(jobs)
              .as(target)
              .anySatisfy(
                  job -> {
                    assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
                    List<Map<String, Object>> configs = list(job.get("static_configs"));
                    assertThat(configs)
                        .flatMap(config -> list(config.get("targets")))
                        .contains(target);
                  });
        });
  }

  @Test
  void dockerfileRunsTheModuleJarAsNonRoot() throws IOException {
    String dockerfile = Files.readString(root.resolve("deploy/docker/Dockerfile"));
    assertThat(dockerfile)
        .contains("ARG MODULE")
        .contains("${MODULE}/target/${MODULE}.jar")
        .containsPattern("(?m)^FROM eclipse-temurin:2[1-9]-jre")
        .containsPattern("(?m)^USER (?!root|0)");
  }

  private static Map<String, Object> service(String name) {
    Map<String, Object> services = map(compose.get("services"));
    assertThat(services).containsKey(name);
    return map(services.get(name));
  }

  /** Values as strings, the way a container sees them. */
  private static Map<String, String> environment(String name) {
    Map<String, String> env = new LinkedHashMap<>();
    map(service(name).get("environment"))
        .forEach((key, value) -> env.put(key, String.valueOf(value)));
    return env;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<T>) value;
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return new Yaml().load(reader);
    }
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "docker-compose.yml not found above " + Path.of("").toAbsolutePath());
  }
}
