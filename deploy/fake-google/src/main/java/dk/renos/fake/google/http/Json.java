package dk.renos.fake.google.http;

import java.util.Collection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper and a few tree helpers; the server builds responses as trees, not POJOs. */
public final class Json {
  public static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static ArrayNode strings(Collection<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  public static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /**
   * Parses a request body; an empty body reads as an empty object, malformed JSON is the caller's
   * 400.
   */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return object();
    }
    try {
      return MAPPER.readTree(body);
    } catch (RuntimeException e) {
      throw ApiException.badRequest("Invalid JSON payload received. " + e.getMessage());
    }
  }

  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  public static java.util.List<String> textList(JsonNode node, String field) {
    JsonNode value = node.get(field);
    java.util.List<String> out = new java.util.ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(v -> out.add(v.asString()));
    }
    return out;
  }
}
