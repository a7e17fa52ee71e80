package dk.renos.fake.openai;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error answered the way OpenAI answers errors: an HTTP status and the body {@code
 * {"error":{"message","type","param","code"}}}, so that a client maps it exactly as it maps a real
 * one (langchain4j: 401 to AuthenticationException, 429 to RateLimitException, 5xx to
 * InternalServerException, other 4xx to InvalidRequestException).
 */
final class OpenAiError extends RuntimeException {
  final int status;
  final String type;
  final String param;
  final String code;
  final Map<String, String> headers;

  OpenAiError(int status, String type, String param, String code, String message) {
    this(status, type, param, code, message, Map.of());
  }

  OpenAiError(
      int status,
      String type,
      String param,
      String code,
      String message,
      Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
    this.headers = headers;
  }

  static OpenAiError invalidRequest(String param, String code, String message) {
    return new OpenAiError(400, "invalid_request_error", param, code, message);
  }

  static OpenAiError missingKey() {
    return new OpenAiError(
        401,
        "invalid_request_error",
        null,
        null,
        "You didn't provide an API key. You need to provide your API key in an Authorization header"
            + " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).");
  }

  static OpenAiError invalidKey(String key) {
    return new OpenAiError(
        401,
        "invalid_request_error",
        null,
        "invalid_api_key",
        "Incorrect API key provided: " + redact(key) + ".");
  }

  static OpenAiError unknownModel(String model) {
    return new OpenAiError(
        404,
        "invalid_request_error",
        null,
        "model_not_found",
        "The model `" + model + "` does not exist or you do not have access to it.");
  }

  static OpenAiError notFound(String method, String path) {
    return new OpenAiError(
        404, "invalid_request_error", null, null, "Invalid URL (" + method + " " + path + ")");
  }

  /** OpenAI shows the first and last characters of a wrong key, never all of it. */
  static String redact(String key) {
    if (key.length() <= 8) {
      return "*".repeat(key.length());
    }
    return key.substring(0, 3) + "*".repeat(key.length() - 7) + key.substring(key.length() - 4);
  }

  ObjectNode body() {
    ObjectNode root = Json.object();
    ObjectNode error = root.putObject("error");
    error.put("message", getMessage());
    error.put("type", type);
    error.put("param", param);
    error.put("code", code);
    return root;
  }

  HttpAnswer toAnswer() {
    return HttpAnswer.json(status, body()).withHeaders(headers);
  }
}
