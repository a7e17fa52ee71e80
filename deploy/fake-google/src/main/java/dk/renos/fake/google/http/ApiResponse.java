package dk.renos.fake.google.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One HTTP answer, kept as bytes so that it can go straight on the wire or into a batch part. */
public record ApiResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {
  public static final String JSON = "application/json; charset=UTF-8";

  public static ApiResponse json(int status, JsonNode body) {
    return new ApiResponse(status, JSON, Json.bytes(body), Map.of());
  }

  public static ApiResponse ok(JsonNode body) {
    return json(200, body);
  }

  /** Gmail answers batchModify, delete and the like with 204 and no body. */
  public static ApiResponse noContent() {
    return new ApiResponse(204, null, new byte[0], Map.of());
  }

  public static ApiResponse text(int status, String text) {
    return new ApiResponse(
        status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public ApiResponse withHeaders(Map<String, String> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(extra);
    return new ApiResponse(status, contentType, body, merged);
  }
}
