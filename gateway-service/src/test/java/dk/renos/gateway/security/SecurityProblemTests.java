package dk.renos.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.gateway.problem.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** 401/403 answers are problem+json; CORS is closed unless origins are configured. */
class SecurityProblemTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  final SecurityConfig config = new SecurityConfig();
  final ProblemResponses problems = new ProblemResponses(JSON);

  @Test
  void unauthenticatedIs401ProblemWithABearerChallengeNotABrowserPrompt() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/leads"));

    config
        .problemAuthenticationEntryPoint(problems)
        .commence(exchange, new BadCredentialsException("x"))
        .block();

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
        .isEqualTo("Bearer realm=\"RenOS\"");
    assertThat(exchange.getResponse().getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(body(exchange))
        .containsEntry("status", 401)
        .containsEntry("title", "Unauthorized")
        .containsEntry("instance", "/api/leads")
        .containsKey("detail");
  }

  @Test
  void forbiddenIs403Problem() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.delete("/api/quotes/1"));

    config
        .problemAccessDeniedHandler(problems)
        .handle(exchange, new AccessDeniedException("x"))
        .block();

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(body(exchange)).containsEntry("status", 403).containsEntry("title", "Forbidden");
  }

  @Test
  void corsOnlyForConfiguredOrigins() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/leads"));
    CorsConfigurationSource closed =
        config.corsConfigurationSource(new CorsProperties(List.of("")));
    CorsConfigurationSource open =
        config.corsConfigurationSource(
            new CorsProperties(List.of("https://app.renos.dk", " http://localhost:5173 ")));

    assertThat(closed.getCorsConfiguration(exchange)).isNull();
    assertThat(open.getCorsConfiguration(exchange).getAllowedOrigins())
        .containsExactly("https://app.renos.dk", "http://localhost:5173");
  }

  static Map<String, Object> body(MockServerWebExchange exchange) {
    return JSON.readValue(
        exchange.getResponse().getBodyAsString().block(),
        new TypeReference<Map<String, Object>>() {});
  }
}
