package dk.renos.fake.openai;

import java.util.Objects;

/**
 * A function call the model makes (in a scripted reply) or made (in a request's assistant message).
 *
 * @param id the call's id, which the client echoes as the tool message's tool_call_id; null in a
 *     script means "let the fake number it" (call_1, call_2, ... per server)
 * @param name the function's name
 * @param arguments the arguments as a JSON text, exactly what goes into function.arguments
 */
public record ToolCall(String id, String name, String arguments) {

  public ToolCall {
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? "{}" : arguments;
  }

  /** A call numbered by the fake, with arguments given as JSON text (checked to be JSON). */
  public static ToolCall of(String name, String argumentsJson) {
    Json.parse(argumentsJson);
    return new ToolCall(null, name, argumentsJson);
  }

  public ToolCall withId(String newId) {
    return new ToolCall(newId, name, arguments);
  }
}
