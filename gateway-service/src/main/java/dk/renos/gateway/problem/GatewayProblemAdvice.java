package dk.renos.gateway.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/** problem+json for the gateway's own controllers' errors (sign-in, users, tokens). */
@RestControllerAdvice
public class GatewayProblemAdvice {

  @ExceptionHandler(FieldProblems.class)
  ResponseEntity<Map<String, Object>> invalid(FieldProblems problems, ServerWebExchange exchange) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request content.");
    problem.setTitle("Bad Request");
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    problem.setProperty("errors", problems.errors());
    return respond(problem);
  }

  @ExceptionHandler(GatewayProblem.class)
  ResponseEntity<Map<String, Object>> problem(GatewayProblem failure, ServerWebExchange exchange) {
    ProblemDetail problem =
        ProblemResponses.problem(exchange, failure.status(), failure.title(), failure.getMessage());
    failure.properties().forEach(problem::setProperty);
    return respond(problem);
  }

  /** A problem as a response entity (for controllers that answer one directly). */
  public static ResponseEntity<Map<String, Object>> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemResponses.members(problem));
  }
}
