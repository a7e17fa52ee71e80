package dk.renos.fake.openai;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What the model answers: text, one or several tool calls, or a JSON document (structured output,
 * which on the wire is simply the message content). Immutable; build with the factories.
 *
 * @param content the message content, or null for a reply that only calls tools
 * @param toolCalls the tool calls, empty for a text reply
 * @param finishReason what finish_reason says; null means "stop" for text, "tool_calls" for calls
 */
public record Reply(String content, List<ToolCall> toolCalls, String finishReason) {

  public Reply {
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    if (content == null && toolCalls.isEmpty()) {
      throw new IllegalArgumentException("A reply needs content or at least one tool call");
    }
  }

  public static Reply text(String text) {
    return new Reply(Objects.requireNonNull(text, "text"), List.of(), null);
  }

  /** Structured output: the JSON text is the content (checked to be JSON). */
  public static Reply json(String jsonText) {
    Json.parse(jsonText);
    return new Reply(jsonText, List.of(), null);
  }

  public static Reply json(JsonNode json) {
    return new Reply(Json.string(json), List.of(), null);
  }

  /** One call of the named function with the arguments as JSON text. */
  public static Reply toolCall(String name, String argumentsJson) {
    return toolCalls(ToolCall.of(name, argumentsJson));
  }

  /** Several calls in one turn (parallel tool calls). */
  public static Reply toolCalls(ToolCall... calls) {
    if (calls.length == 0) {
      throw new IllegalArgumentException("At least one tool call");
    }
    return new Reply(null, List.of(calls), null);
  }

  /** The same reply with another finish_reason, e.g. "length" or "content_filter". */
  public Reply withFinishReason(String reason) {
    return new Reply(content, toolCalls, reason);
  }

  /** finish_reason as sent: the override, else tool_calls for calls and stop for text. */
  public String effectiveFinishReason() {
    if (finishReason != null) {
      return finishReason;
    }
    return toolCalls.isEmpty() ? "stop" : "tool_calls";
  }
}
