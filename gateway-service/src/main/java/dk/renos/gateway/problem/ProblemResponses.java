package dk.renos.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem+json bodies straight to a reactive response. Used where no controller is
 * involved: security entry points and the gateway's own error handler.
 */
public final class ProblemResponses {

  private final JsonMapper jsonMapper;

  public ProblemResponses(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  /** A problem with the given status, title and detail; {@code instance} is the request path. */
  public static ProblemDetail problem(
      ServerWebExchange exchange, HttpStatusCode status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return problem;
  }

  /** The problem as the JSON members of RFC 9457, extension properties inlined. */
  public static Map<String, Object> members(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType() != null ? problem.getType().toString() : "about:blank");
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    if (problem.getDetail() != null) {
      body.put("detail", problem.getDetail());
    }
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      problem.getProperties().forEach(body::putIfAbsent);
    }
    return body;
  }

  /**
   * Sets status and content type and writes the problem; headers already set on the response stay.
   */
  public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] json = jsonMapper.writeValueAsBytes(members(problem));
    DataBuffer buffer = response.bufferFactory().wrap(json);
    return response.writeWith(Mono.just(buffer));
  }
}
