package dk.renos.gateway.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invalid input, field by field: thrown by the gateway's own endpoints and answered 400
 * problem+json with {@code errors: [{field, message}]} (the services' shape) by {@link
 * GatewayProblemAdvice}.
 */
public final class FieldProblems extends RuntimeException {

  private final List<Map<String, String>> errors = new ArrayList<>();

  public FieldProblems() {
    super("invalid request content", null, false, false);
  }

  public FieldProblems add(String field, String message) {
    errors.add(Map.of("field", field, "message", message));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws itself when any field is wrong. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw this;
    }
  }

  public List<Map<String, String>> errors() {
    return errors.stream().sorted((a, b) -> a.get("field").compareTo(b.get("field"))).toList();
  }
}
