package dk.renos.fake.openai;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Which requests a scripted reply answers. Any lambda over {@link ChatCompletionRequest} is a
 * Match; the factories here are the common ones, and the same set can be written as JSON for {@code
 * POST /_fake/script} (see {@link #fromJson}). Text comparisons ignore case.
 */
@FunctionalInterface
public interface Match extends Predicate<ChatCompletionRequest> {

  /** Every request. */
  static Match any() {
    return request -> true;
  }

  /** The last user message contains the text (ignoring case). */
  static Match lastUserMessageContains(String text) {
    String needle = lower(text);
    return request -> lower(request.lastUserMessage()).contains(needle);
  }

  /** Some message of any role (system prompt included) contains the text (ignoring case). */
  static Match anyMessageContains(String text) {
    String needle = lower(text);
    return request ->
        request.messages().stream()
            .anyMatch(m -> m.content() != null && lower(m.content()).contains(needle));
  }

  /**
   * The request ends with tool results: the client has run the tools the model asked for and wants
   * the model's answer. This is what tells the second turn of a tool round trip from the first.
   */
  static Match hasToolResult() {
    return ChatCompletionRequest::endsWithToolResult;
  }

  /** The request carries a result of the named tool somewhere in its messages. */
  static Match hasToolResultOf(String toolName) {
    return request ->
        request.messages().stream()
            .flatMap(m -> m.toolCalls().stream())
            .filter(call -> call.name().equals(toolName))
            .anyMatch(
                call ->
                    request.toolResults().stream()
                        .anyMatch(r -> Objects.equals(r.toolCallId(), call.id())));
  }

  static Match model(String model) {
    return request -> model.equals(request.model());
  }

  /** The named function is among the tools offered. */
  static Match offersTool(String toolName) {
    return request -> request.offeredTools().contains(toolName);
  }

  /** stream is true. */
  static Match streaming() {
    return ChatCompletionRequest::stream;
  }

  /** response_format.type is json_schema or json_object. */
  static Match wantsJson() {
    return request ->
        "json_schema".equals(request.responseFormat())
            || "json_object".equals(request.responseFormat());
  }

  default Match and(Match other) {
    return request -> test(request) && other.test(request);
  }

  /**
   * The JSON form, every field optional and all given fields required to hold: {@code
   * {"lastUserMessageContains": "...", "anyMessageContains": "...", "hasToolResult": true,
   * "hasToolResultOf": "tool", "model": "...", "offersTool": "tool", "stream": true, "json":
   * true}}. An empty or absent object matches every request.
   */
  static Match fromJson(JsonNode json) {
    Match match = any();
    if (json == null || json.isNull() || json.isMissingNode()) {
      return match;
    }
    if (!json.isObject()) {
      throw new IllegalArgumentException("match must be a JSON object");
    }
    for (var field : json.properties()) {
      JsonNode value = field.getValue();
      Match part =
          switch (field.getKey()) {
            case "lastUserMessageContains" -> lastUserMessageContains(value.asString());
            case "anyMessageContains" -> anyMessageContains(value.asString());
            case "hasToolResult" -> flag(hasToolResult(), value);
            case "hasToolResultOf" -> hasToolResultOf(value.asString());
            case "model" -> model(value.asString());
            case "offersTool" -> offersTool(value.asString());
            case "stream" -> flag(streaming(), value);
            case "json" -> flag(wantsJson(), value);
            default -> throw new IllegalArgumentException("Unknown match field " + field.getKey());
          };
      match = match.and(part);
    }
    return match;
  }

  private static Match flag(Match when, JsonNode value) {
    return value.asBoolean() ? when : request -> !when.test(request);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
