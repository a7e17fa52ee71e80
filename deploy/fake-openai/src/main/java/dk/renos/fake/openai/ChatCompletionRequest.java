package dk.renos.fake.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A Chat Completions request body as the fake understood it: what script matchers look at and what
 * tests assert on. The whole JSON stays available through {@link #json()}.
 */
public final class ChatCompletionRequest {
  private final JsonNode json;
  private final List<ChatMessage> messages;

  ChatCompletionRequest(JsonNode json) {
    this.json = json;
    this.messages = readMessages(json.path("messages"));
  }

  /** Parses a request body; for tests of matchers and for inspecting a recorded request. */
  public static ChatCompletionRequest parse(String body) {
    return new ChatCompletionRequest(Json.parse(body));
  }

  public JsonNode json() {
    return json;
  }

  public String model() {
    return Json.text(json, "model");
  }

  public boolean stream() {
    return json.path("stream").asBoolean(false);
  }

  /** stream_options.include_usage: the client wants a final chunk carrying usage. */
  public boolean includeUsage() {
    return json.path("stream_options").path("include_usage").asBoolean(false);
  }

  public List<ChatMessage> messages() {
    return messages;
  }

  /** The text of the last user message, or "" when there is none. */
  public String lastUserMessage() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).isUser()) {
        return messages.get(i).content() == null ? "" : messages.get(i).content();
      }
    }
    return "";
  }

  /** The last message of the conversation, whatever its role. */
  public Optional<ChatMessage> lastMessage() {
    return messages.isEmpty() ? Optional.empty() : Optional.of(messages.getLast());
  }

  /** The tool messages (results the client sends back after the model's tool calls). */
  public List<ChatMessage> toolResults() {
    return messages.stream().filter(ChatMessage::isToolResult).toList();
  }

  /** True when the request ends with tool results, i.e. the model is to answer with them. */
  public boolean endsWithToolResult() {
    return lastMessage().map(ChatMessage::isToolResult).orElse(false);
  }

  /** The names of the functions offered in {@code tools}. */
  public List<String> offeredTools() {
    List<String> names = new ArrayList<>();
    for (JsonNode tool : json.path("tools")) {
      String name = Json.text(tool.path("function"), "name");
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /** response_format.type: "text", "json_object", "json_schema", or null when absent. */
  public String responseFormat() {
    return Json.text(json.path("response_format"), "type");
  }

  /** response_format.json_schema.schema, or a missing node. */
  public JsonNode jsonSchema() {
    return json.path("response_format").path("json_schema").path("schema");
  }

  /** max_completion_tokens, else the older max_tokens; empty when neither is set. */
  public Optional<Integer> maxCompletionTokens() {
    for (String field : List.of("max_completion_tokens", "max_tokens")) {
      JsonNode value = json.get(field);
      if (value != null && value.isNumber()) {
        return Optional.of(value.asInt());
      }
    }
    return Optional.empty();
  }

  private static List<ChatMessage> readMessages(JsonNode array) {
    List<ChatMessage> out = new ArrayList<>();
    for (JsonNode m : array) {
      List<ToolCall> calls = new ArrayList<>();
      for (JsonNode call : m.path("tool_calls")) {
        calls.add(
            new ToolCall(
                Json.text(call, "id"),
                String.valueOf(Json.text(call.path("function"), "name")),
                Json.text(call.path("function"), "arguments")));
      }
      out.add(
          new ChatMessage(
              Json.text(m, "role"),
              contentText(m.get("content")),
              Json.text(m, "tool_call_id"),
              calls));
    }
    return List.copyOf(out);
  }

  /** content is a string or an array of parts; the text parts are joined by newlines. */
  private static String contentText(JsonNode content) {
    if (content == null || content.isNull()) {
      return null;
    }
    if (content.isString()) {
      return content.asString();
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode part : content) {
      if ("text".equals(Json.text(part, "type"))) {
        parts.add(Json.text(part, "text"));
      }
    }
    return String.join("\n", parts);
  }
}
