package dk.renos.fake.openai;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper and a few tree helpers; the server builds responses as trees, not POJOs. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  static String string(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /** Parses JSON text; malformed text is an IllegalArgumentException naming what was wrong. */
  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getMessage(), e);
    }
  }

  /** A text field, or null when it is absent or JSON null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
