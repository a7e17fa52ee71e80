package dk.renos.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.gateway.problem.ProblemResponses;
import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The problem+json shapes the gateway answers when it, not a service, has to answer. */
class GatewayErrorHandlerTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  final GatewayErrorHandler handler = new GatewayErrorHandler(new ProblemResponses(JSON));

  @Test
  void serviceThatRefusesConnectionsIs503NamingIt() {
    MockServerWebExchange exchange = routedExchange("lead-service", "/api/leads/7");

    Map<String, Object> problem =
        handle(exchange, new ConnectException("Connection refused: localhost/127.0.0.1:8082"));

    assertProblem(exchange, HttpStatus.SERVICE_UNAVAILABLE, problem);
    assertThat(problem)
        .containsEntry("title", "lead-service is unavailable")
        .containsEntry("service", "lead-service")
        .containsEntry("instance", "/api/leads/7");
  }

  @Test
  void serviceThatAnswersTooLateIs504() {
    MockServerWebExchange exchange = routedExchange("quote-service", "/api/quotes");
    ResponseStatusException timeout =
        new ResponseStatusException(
            HttpStatus.GATEWAY_TIMEOUT,
            "Response took longer than timeout: PT30S",
            new TimeoutException());

    Map<String, Object> problem = handle(exchange, timeout);

    assertProblem(exchange, HttpStatus.GATEWAY_TIMEOUT, problem);
    assertThat(problem).containsEntry("title", "quote-service did not answer in time");
  }

  @Test
  void brokenConnectionIs502() {
    MockServerWebExchange exchange = routedExchange("chat-service", "/api/chat");

    Map<String, Object> problem =
        handle(exchange, new IOException("Connection prematurely closed BEFORE response"));

    assertProblem(exchange, HttpStatus.BAD_GATEWAY, problem);
    assertThat(problem)
        .containsEntry("title", "chat-service failed")
        .containsEntry("service", "chat-service");
  }

  @Test
  void unknownPathIs404Problem() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/nowhere"));

    Map<String, Object> problem =
        handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND));

    assertProblem(exchange, HttpStatus.NOT_FOUND, problem);
    assertThat(problem).containsEntry("title", "Not Found").doesNotContainKey("service");
  }

  @Test
  void rateLimitIs429ProblemWithRetryAfter() {
    MockServerWebExchange exchange = routedExchange("booking-service", "/api/bookings");
    HttpClientErrorException limited =
        HttpClientErrorException.create(
            HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", new HttpHeaders(), null, null);

    Map<String, Object> problem = handle(exchange, limited);

    assertProblem(exchange, HttpStatus.TOO_MANY_REQUESTS, problem);
    assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
        .isEqualTo("1");
  }

  @Test
  void anythingElseIs500WithoutInternals() {
    MockServerWebExchange exchange = routedExchange("lead-service", "/api/leads");

    Map<String, Object> problem = handle(exchange, new IllegalStateException("secret internals"));

    assertProblem(exchange, HttpStatus.INTERNAL_SERVER_ERROR, problem);
    assertThat(problem.toString()).doesNotContain("secret internals");
  }

  static MockServerWebExchange routedExchange(String routeId, String path) {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
    Route route = Route.async().id(routeId).uri("http://localhost:1").predicate(e -> true).build();
    exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
    return exchange;
  }

  Map<String, Object> handle(MockServerWebExchange exchange, Throwable ex) {
    handler.handle(exchange, ex).block();
    return body(exchange);
  }

  static Map<String, Object> body(MockServerWebExchange exchange) {
    return JSON.readValue(
        exchange.getResponse().getBodyAsString().block(),
        new TypeReference<Map<String, Object>>() {});
  }

  static void assertProblem(
      MockServerWebExchange exchange, HttpStatus status, Map<String, Object> problem) {
    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(status);
    assertThat(exchange.getResponse().getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(problem)
        .containsEntry("status", status.value())
        .containsEntry("type", "about:blank")
        .containsKeys("title", "detail", "instance");
  }
}
