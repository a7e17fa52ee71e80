package dk.renos.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refusal of the gateway's own endpoints, answered as problem+json with this status. */
public class GatewayProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  public GatewayProblem(HttpStatus status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  public GatewayProblem with(String property, Object value) {
    properties.put(property, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  public static GatewayProblem notFound(String detail) {
    return new GatewayProblem(HttpStatus.NOT_FOUND, "Not Found", detail);
  }

  public static GatewayProblem conflict(String detail) {
    return new GatewayProblem(HttpStatus.CONFLICT, "Conflict", detail);
  }
}
