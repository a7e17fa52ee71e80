package dk.renos.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.webflux.autoconfigure.WebFluxProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PathRoutePredicateFactory;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * The route table in application.yml: every /api area goes to the service whose URL variable
 * (docs/CONVENTIONS.md) configures it, with the conventional default port.
 */
class RouteTableTests {

  static final String ROUTES = "spring.cloud.gateway.server.webflux.routes";

  static Stream<Arguments> areas() {
    return Stream.of(
        Arguments.of("/api/emails", "email-ingest-service", "RENOS_EMAIL_INGEST_URL", 8081),
        Arguments.of(
            "/api/emails/threads/42/messages",
            "email-ingest-service",
            "RENOS_EMAIL_INGEST_URL",
            8081),
        Arguments.of("/api/leads", "lead-service", "RENOS_LEAD_URL", 8082),
        Arguments.of("/api/leads/7", "lead-service", "RENOS_LEAD_URL", 8082),
        Arguments.of("/api/customers", "lead-service", "RENOS_LEAD_URL", 8082),
        Arguments.of("/api/customers/7/timeline", "lead-service", "RENOS_LEAD_URL", 8082),
        Arguments.of("/api/quotes/3/send", "quote-service", "RENOS_QUOTE_URL", 8083),
        Arguments.of("/api/bookings", "booking-service", "RENOS_BOOKING_URL", 8084),
        Arguments.of("/api/chat/stream", "chat-service", "RENOS_CHAT_URL", 8085),
        Arguments.of("/api/monitoring/health", "monitoring-service", "RENOS_MONITORING_URL", 8086),
        Arguments.of(
            "/api/admin/dead-letters/lead-service", "lead-service", "RENOS_LEAD_URL", 8082),
        Arguments.of(
            "/api/admin/dead-letters/quote-service/0/12/replay",
            "quote-service",
            "RENOS_QUOTE_URL",
            8083),
        Arguments.of(
            "/api/admin/dead-letters/booking-service",
            "booking-service",
            "RENOS_BOOKING_URL",
            8084),
        Arguments.of(
            "/api/admin/dead-letters/email-ingest-service",
            "email-ingest-service",
            "RENOS_EMAIL_INGEST_URL",
            8081));
  }

  @ParameterizedTest
  @MethodSource("areas")
  void eachAreaGoesToItsServiceFromItsUrlVariable(
      String path, String routeId, String urlVariable, int defaultPort) throws IOException {
    String configured = "http://" + routeId + ".example:9999";

    RouteDefinition withVariable = onlyRouteFor(path, routes(Map.of(urlVariable, configured)));
    RouteDefinition withDefaults = onlyRouteFor(path, routes(Map.of()));

    assertThat(withVariable.getId()).isEqualTo(routeId);
    assertThat(withVariable.getUri()).isEqualTo(URI.create(configured));
    assertThat(withDefaults.getUri()).isEqualTo(URI.create("http://localhost:" + defaultPort));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api",
        "/api/unknown",
        "/api/leadsx",
        "/actuator/health",
        "/leads",
        "/api/admin/dead-letters/unknown-service",
        "/api/admin/users"
      })
  void otherPathsHaveNoRoute(String path) throws IOException {
    assertThat(routes(Map.of())).noneMatch(route -> matches(route, path));
  }

  @Test
  void pathsPassThroughUnchanged() throws IOException {
    // No route rewrites or strips the path: the services serve /api/<area>/... themselves.
    assertThat(routes(Map.of())).allSatisfy(route -> assertThat(route.getFilters()).isEmpty());
  }

  @Test
  void rateLimitIsPerUserWithConfigurableDefaults() throws IOException {
    Map<String, String> defaults = rateLimiterArgs(Map.of());
    Map<String, String> configured =
        rateLimiterArgs(
            Map.of("RENOS_RATE_LIMIT_REPLENISH_RATE", "5", "RENOS_RATE_LIMIT_BURST_CAPACITY", "8"));

    assertThat(defaults)
        .containsEntry("key-resolver", "#{@principalNameKeyResolver}")
        .containsEntry("redis-rate-limiter.replenishRate", "50")
        .containsEntry("redis-rate-limiter.burstCapacity", "100");
    assertThat(configured)
        .containsEntry("redis-rate-limiter.replenishRate", "5")
        .containsEntry("redis-rate-limiter.burstCapacity", "8");
  }

  private static Map<String, String> rateLimiterArgs(Map<String, Object> env) throws IOException {
    List<FilterDefinition> filters =
        Binder.get(environment(env))
            .bind(
                "spring.cloud.gateway.server.webflux.default-filters",
                Bindable.listOf(FilterDefinition.class))
            .get();
    return filters.stream()
        .filter(f -> f.getName().equals("RequestRateLimiter"))
        .findFirst()
        .orElseThrow()
        .getArgs();
  }

  private static RouteDefinition onlyRouteFor(String path, List<RouteDefinition> routes) {
    List<RouteDefinition> matching = routes.stream().filter(route -> matches(route, path)).toList();
    assertThat(matching).as("routes matching %s", path).hasSize(1);
    return matching.get(0);
  }

  /** Uses the gateway's own Path predicate, so matching is exactly what runs in production. */
  private static boolean matches(RouteDefinition route, String path) {
    List<String> patterns =
        route.getPredicates().stream()
            .filter(p -> p.getName().equals("Path"))
            .map(PredicateDefinition::getArgs)
            .flatMap(args -> args.values().stream())
            .toList();
    assertThat(route.getPredicates()).as("route %s predicates", route.getId()).hasSize(1);
    PathRoutePredicateFactory.Config config =
        new PathRoutePredicateFactory.Config().setPatterns(patterns);
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
    return new PathRoutePredicateFactory(new WebFluxProperties()).apply(config).test(exchange);
  }

  static List<RouteDefinition> routes(Map<String, Object> env) throws IOException {
    return Binder.get(environment(env)).bind(ROUTES, Bindable.listOf(RouteDefinition.class)).get();
  }

  /**
   * application.yml as the application sees it, with {@code env} standing in for the environment.
   */
  private static StandardEnvironment environment(Map<String, Object> env) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().addFirst(new MapPropertySource("env", env));
    for (PropertySource<?> source :
        new YamlPropertySourceLoader()
            .load("application.yml", new ClassPathResource("application.yml"))) {
      environment.getPropertySources().addLast(source);
    }
    return environment;
  }
}
