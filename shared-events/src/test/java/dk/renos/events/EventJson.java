package dk.renos.events;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper as producers and consumers use it: Jackson 3 defaults, nothing configured. {@link
 * GoldenSampleTests} pins the defaults the wire format relies on, so a change of Jackson's defaults
 * shows up here first.
 */
final class EventJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private EventJson() {}

  /**
   * The JSON as a tree, parsed the same way whether it came from a file or from serialising a
   * record.
   */
  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }
}
