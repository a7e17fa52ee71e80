package dk.renos.fake.openai;

import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the server answers when no script rule matches, always the same for the same request:
 *
 * <ul>
 *   <li>response_format json_schema: the smallest document the schema allows (strings "", numbers
 *       0, booleans false, arrays [], enums their first value, every property of an object; a $ref
 *       into $defs/definitions is followed);
 *   <li>response_format json_object: {@code {}};
 *   <li>a request ending with tool results: "Fake answer from tool results: " and the results;
 *   <li>anything else: "Fake answer to: " and the last user message.
 * </ul>
 *
 * The default never calls a tool: a tool call has to be scripted.
 */
public final class DefaultReplies {
  public static final String ANSWER_PREFIX = "Fake answer to: ";
  public static final String TOOL_RESULT_PREFIX = "Fake answer from tool results: ";
  private static final int MAX_DEPTH = 12;

  private DefaultReplies() {}

  public static Reply forRequest(ChatCompletionRequest request) {
    String format = request.responseFormat();
    if ("json_schema".equals(format)) {
      JsonNode schema = request.jsonSchema();
      return Reply.json(skeleton(schema, schema, 0));
    }
    if ("json_object".equals(format)) {
      return Reply.json(Json.object());
    }
    if (request.endsWithToolResult()) {
      int firstResult = request.messages().size();
      while (firstResult > 0 && request.messages().get(firstResult - 1).isToolResult()) {
        firstResult--;
      }
      String results =
          request.messages().subList(firstResult, request.messages().size()).stream()
              .map(m -> String.valueOf(m.content()))
              .collect(Collectors.joining("; "));
      return Reply.text(TOOL_RESULT_PREFIX + results);
    }
    return Reply.text(ANSWER_PREFIX + request.lastUserMessage());
  }

  /** The minimal instance of a JSON schema (the subset structured output uses). */
  static JsonNode skeleton(JsonNode schema, JsonNode root, int depth) {
    if (depth > MAX_DEPTH || schema == null || schema.isMissingNode()) {
      return Json.NODES.nullNode();
    }
    String ref = Json.text(schema, "$ref");
    if (ref != null && ref.startsWith("#/")) {
      JsonNode target = root;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part);
      }
      return skeleton(target, root, depth + 1);
    }
    JsonNode enumValues = schema.get("enum");
    if (enumValues != null && enumValues.isArray() && !enumValues.isEmpty()) {
      return enumValues.get(0);
    }
    for (String union : new String[] {"anyOf", "oneOf"}) {
      JsonNode options = schema.get(union);
      if (options != null && options.isArray() && !options.isEmpty()) {
        return skeleton(options.get(0), root, depth + 1);
      }
    }
    JsonNode type = schema.get("type");
    String typeName =
        type == null ? "object" : type.isArray() ? firstNonNull(type) : type.asString();
    return switch (typeName) {
      case "string" -> Json.NODES.stringNode("");
      case "integer", "number" -> Json.NODES.numberNode(0);
      case "boolean" -> Json.NODES.booleanNode(false);
      case "null" -> Json.NODES.nullNode();
      case "array" -> emptyArray();
      default -> {
        ObjectNode out = Json.object();
        for (var property : schema.path("properties").properties()) {
          out.set(property.getKey(), skeleton(property.getValue(), root, depth + 1));
        }
        yield out;
      }
    };
  }

  private static ArrayNode emptyArray() {
    return Json.array();
  }

  private static String firstNonNull(JsonNode types) {
    for (JsonNode t : types) {
      if (!"null".equals(t.asString())) {
        return t.asString();
      }
    }
    return "null";
  }
}
