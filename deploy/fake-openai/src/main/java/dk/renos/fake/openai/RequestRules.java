package dk.renos.fake.openai;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The request checks OpenAI makes that a client can get wrong, answered with OpenAI's own 400 (or
 * 404 for an unknown model) messages, so that a bug in how a service builds its request fails here
 * the way it would fail against the real API.
 */
final class RequestRules {
  private static final Set<String> ROLES =
      Set.of("system", "developer", "user", "assistant", "tool", "function");

  private RequestRules() {}

  /** Parses and checks a body; throws OpenAiError describing the first problem found. */
  static ChatCompletionRequest check(String body, Predicate<String> knownModel) {
    JsonNode json;
    try {
      json = Json.parse(body);
    } catch (IllegalArgumentException e) {
      throw OpenAiError.invalidRequest(
          null,
          null,
          "We could not parse the JSON body of your request. (HINT: This likely means you aren't"
              + " using your HTTP library correctly. The OpenAI API expects a JSON payload, but what"
              + " was sent was not valid JSON.)");
    }
    if (!json.isObject()) {
      throw OpenAiError.invalidRequest(null, null, "The request body must be a JSON object.");
    }
    String model = Json.text(json, "model");
    if (model == null || model.isBlank()) {
      throw OpenAiError.invalidRequest(null, null, "you must provide a model parameter");
    }
    if (!knownModel.test(model)) {
      throw OpenAiError.unknownModel(model);
    }
    JsonNode messages = json.get("messages");
    if (messages == null || messages.isNull()) {
      throw OpenAiError.invalidRequest(
          "messages", "missing_required_parameter", "Missing required parameter: 'messages'.");
    }
    if (!messages.isArray()) {
      throw OpenAiError.invalidRequest(
          "messages", "invalid_type", "Invalid type for 'messages': expected an array.");
    }
    if (messages.isEmpty()) {
      throw OpenAiError.invalidRequest(
          "messages",
          "empty_array",
          "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an"
              + " empty array instead.");
    }
    if (json.has("stream_options")
        && !json.get("stream_options").isNull()
        && !json.path("stream").asBoolean(false)) {
      throw OpenAiError.invalidRequest(
          "stream_options",
          "invalid_value",
          "The 'stream_options' parameter is only allowed when 'stream' is enabled.");
    }
    ChatCompletionRequest request = new ChatCompletionRequest(json);
    checkRoles(request.messages());
    checkToolPairs(request.messages());
    checkResponseFormat(request);
    return request;
  }

  private static void checkRoles(List<ChatMessage> messages) {
    for (int i = 0; i < messages.size(); i++) {
      String role = messages.get(i).role();
      if (role == null) {
        throw OpenAiError.invalidRequest(
            "messages[" + i + "].role",
            "missing_required_parameter",
            "Missing required parameter: 'messages[" + i + "].role'.");
      }
      if (!ROLES.contains(role)) {
        throw OpenAiError.invalidRequest(
            "messages[" + i + "].role",
            "invalid_value",
            "Invalid value: '"
                + role
                + "'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool',"
                + " and 'developer'.");
      }
    }
  }

  /**
   * A tool message must answer a tool call of an earlier assistant message, and an assistant
   * message with tool calls must be followed by a tool message for each of its calls.
   */
  private static void checkToolPairs(List<ChatMessage> messages) {
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage m = messages.get(i);
      if (m.isToolResult()) {
        boolean answered = false;
        for (int j = i - 1; j >= 0 && !answered; j--) {
          answered =
              messages.get(j).toolCalls().stream()
                  .anyMatch(call -> call.id() != null && call.id().equals(m.toolCallId()));
        }
        if (!answered) {
          throw OpenAiError.invalidRequest(
              "messages.[" + i + "].role",
              null,
              "Invalid parameter: messages with role 'tool' must be a response to a preceeding"
                  + " message with 'tool_calls'.");
        }
      }
      if ("assistant".equals(m.role()) && !m.toolCalls().isEmpty()) {
        Set<String> missing = new HashSet<>();
        m.toolCalls().forEach(call -> missing.add(call.id()));
        for (int j = i + 1; j < messages.size() && messages.get(j).isToolResult(); j++) {
          missing.remove(messages.get(j).toolCallId());
        }
        if (!missing.isEmpty()) {
          throw OpenAiError.invalidRequest(
              "messages.[" + i + "].role",
              null,
              "An assistant message with 'tool_calls' must be followed by tool messages responding"
                  + " to each 'tool_call_id'. The following tool_call_ids did not have response"
                  + " messages: "
                  + String.join(", ", missing.stream().sorted().toList()));
        }
      }
    }
  }

  private static void checkResponseFormat(ChatCompletionRequest request) {
    String format = request.responseFormat();
    if (format == null || format.equals("text")) {
      return;
    }
    if (format.equals("json_schema")) {
      if (request.json().path("response_format").path("json_schema").isMissingNode()) {
        throw OpenAiError.invalidRequest(
            "response_format.json_schema",
            "missing_required_parameter",
            "Missing required parameter: 'response_format.json_schema'.");
      }
      return;
    }
    if (format.equals("json_object")) {
      boolean mentionsJson =
          request.messages().stream()
              .anyMatch(
                  m ->
                      m.content() != null && m.content().toLowerCase(Locale.ROOT).contains("json"));
      if (!mentionsJson) {
        throw OpenAiError.invalidRequest(
            "messages",
            null,
            "'messages' must contain the word 'json' in some form, to use 'response_format' of"
                + " type 'json_object'.");
      }
      return;
    }
    throw OpenAiError.invalidRequest(
        "response_format.type",
        "invalid_value",
        "Invalid value: '"
            + format
            + "'. Supported values are: 'json_object', 'json_schema', and 'text'.");
  }
}
