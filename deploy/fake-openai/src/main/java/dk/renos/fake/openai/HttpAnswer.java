package dk.renos.fake.openai;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A complete (non-streamed) HTTP response: status, content type, extra headers, body. */
record HttpAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {

  static HttpAnswer json(int status, JsonNode body) {
    return new HttpAnswer(status, "application/json", Map.of(), Json.bytes(body));
  }

  static HttpAnswer ok(JsonNode body) {
    return json(200, body);
  }

  static HttpAnswer noContent() {
    return new HttpAnswer(204, null, Map.of(), new byte[0]);
  }

  static HttpAnswer text(int status, String text) {
    return new HttpAnswer(
        status, "text/plain; charset=utf-8", Map.of(), text.getBytes(StandardCharsets.UTF_8));
  }

  HttpAnswer withHeaders(Map<String, String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new HttpAnswer(status, contentType, Map.copyOf(all), body);
  }
}
