package dk.renos.gateway.routing;

import dk.renos.gateway.problem.ProblemResponses;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error the gateway itself raises into problem+json, before Boot's HTML/JSON error page
 * sees it. Failures talking to a service name the route (= the service) that failed:
 *
 * <ul>
 *   <li>503 when the service cannot be reached (connection refused, connect timeout, unknown host),
 *   <li>504 when it did not answer within the response timeout,
 *   <li>502 when the connection broke or the answer was not valid HTTP.
 * </ul>
 *
 * Errors the service answers itself (its own 4xx/5xx with a body) pass through untouched.
 */
@Order(-2) // before Boot's DefaultErrorWebExceptionHandler (-1)
public class GatewayErrorHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

  private final ProblemResponses problems;

  public GatewayErrorHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    ProblemDetail problem = toProblem(exchange, ex);
    if (problem.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
      exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    }
    return problems.write(exchange, problem);
  }

  /** The problem for an exception; package-visible for the unit tests. */
  ProblemDetail toProblem(ServerWebExchange exchange, Throwable ex) {
    String service = routeId(exchange);
    if (service != null && isDownstreamFailure(ex)) {
      ProblemDetail problem = downstreamProblem(exchange, service, ex);
      log.warn("Route {} failed: {} {}", service, problem.getStatus(), rootCause(ex).toString());
      return problem;
    }
    if (ex instanceof ResponseStatusException rse) {
      String detail =
          rse.getStatusCode().value() == 404
              ? "Nothing is served at " + exchange.getRequest().getPath().value() + "."
              : rse.getReason();
      return ProblemResponses.problem(
          exchange, rse.getStatusCode(), reasonPhrase(rse.getStatusCode()), detail);
    }
    if (ex instanceof RestClientResponseException rce) { // RequestRateLimiter with throwOnLimit
      HttpStatusCode status = rce.getStatusCode();
      String detail =
          status.value() == 429 ? "Request rate limit exceeded; retry after a moment." : null;
      return ProblemResponses.problem(exchange, status, reasonPhrase(status), detail);
    }
    log.error("Unhandled error in the gateway", ex);
    return ProblemResponses.problem(
        exchange,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal Server Error",
        "The gateway failed to handle the request.");
  }

  private static ProblemDetail downstreamProblem(
      ServerWebExchange exchange, String service, Throwable ex) {
    ProblemDetail problem;
    if (isTimeout(ex)) {
      problem =
          ProblemResponses.problem(
              exchange,
              HttpStatus.GATEWAY_TIMEOUT,
              service + " did not answer in time",
              service + " did not answer within the gateway's response timeout.");
    } else if (hasCause(ex, ConnectException.class) || hasCause(ex, UnknownHostException.class)) {
      problem =
          ProblemResponses.problem(
              exchange,
              HttpStatus.SERVICE_UNAVAILABLE,
              service + " is unavailable",
              "The gateway could not connect to " + service + ".");
    } else {
      problem =
          ProblemResponses.problem(
              exchange,
              HttpStatus.BAD_GATEWAY,
              service + " failed",
              service + " closed the connection or sent an invalid response.");
    }
    problem.setProperty("service", service);
    return problem;
  }

  private static boolean isDownstreamFailure(Throwable ex) {
    return isTimeout(ex) || hasCause(ex, IOException.class);
  }

  private static boolean isTimeout(Throwable ex) {
    return hasCause(ex, TimeoutException.class)
        || (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504);
  }

  private static String routeId(ServerWebExchange exchange) {
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    return route != null ? route.getId() : null;
  }

  private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String reasonPhrase(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
  }
}
