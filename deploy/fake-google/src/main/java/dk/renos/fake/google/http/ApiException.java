package dk.renos.fake.google.http;

import java.util.Map;

/**
 * A Google API error, rendered as Google's JSON error envelope so that the client library turns it
 * into a GoogleJsonResponseException with the same code, reason and message a real call would give.
 */
public final class ApiException extends RuntimeException {
  public final int status;
  public final String reason;
  public final String domain;
  public final Map<String, String> headers;

  /** Where the error points (Calendar names the parameter or header), or null. */
  private final String locationType;

  private final String location;

  public ApiException(int status, String reason, String message) {
    this(status, reason, message, Map.of());
  }

  public ApiException(int status, String reason, String message, Map<String, String> headers) {
    this(status, domainOf(reason), reason, message, null, null, headers);
  }

  private ApiException(
      int status,
      String domain,
      String reason,
      String message,
      String locationType,
      String location,
      Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.reason = reason;
    this.domain = domain;
    this.locationType = locationType;
    this.location = location;
    this.headers = headers;
  }

  /**
   * An error with its own domain (Calendar uses "calendar" beside "global" and "usageLimits") and,
   * when locationType is not null, the parameter or header it is about.
   */
  public static ApiException of(
      int status,
      String domain,
      String reason,
      String message,
      String locationType,
      String location) {
    return new ApiException(status, domain, reason, message, locationType, location, Map.of());
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "invalidArgument", message);
  }

  public static ApiException notFound() {
    return new ApiException(404, "notFound", "Requested entity was not found.");
  }

  public static ApiException unauthenticated() {
    // Google sends this challenge; HttpCredentialsAdapter refreshes its token when it sees
    // invalid_token.
    return new ApiException(
        401,
        "authError",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or"
            + " other valid authentication credential.",
        Map.of(
            "WWW-Authenticate",
            "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\""));
  }

  public static ApiException insufficientScopes() {
    return new ApiException(
        403, "insufficientPermissions", "Request had insufficient authentication scopes.");
  }

  public ApiResponse toResponse() {
    var root = body(status, reason, domain, getMessage());
    if (locationType != null) {
      var detail =
          (tools.jackson.databind.node.ObjectNode) root.path("error").path("errors").get(0);
      detail.put("locationType", locationType);
      detail.put("location", location);
    }
    return ApiResponse.json(status, root).withHeaders(headers);
  }

  public static tools.jackson.databind.node.ObjectNode body(
      int status, String reason, String domain, String message) {
    var root = Json.object();
    var error = root.putObject("error");
    error.put("code", status);
    error.put("message", message);
    var detail = error.putArray("errors").addObject();
    detail.put("message", message);
    detail.put("domain", domain);
    detail.put("reason", reason);
    if (status == 401) {
      detail.put("location", "Authorization");
      detail.put("locationType", "header");
    }
    error.put("status", statusName(status));
    return root;
  }

  public static String domainOf(String reason) {
    return switch (reason) {
      case "rateLimitExceeded",
          "userRateLimitExceeded",
          "quotaExceeded",
          "dailyLimitExceeded",
          "concurrentLimitExceeded" ->
          "usageLimits";
      default -> "global";
    };
  }

  public static String statusName(int status) {
    return switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 409 -> "ALREADY_EXISTS";
      case 412 -> "FAILED_PRECONDITION";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 500 -> "INTERNAL";
      case 501 -> "UNIMPLEMENTED";
      case 503 -> "UNAVAILABLE";
      case 504 -> "DEADLINE_EXCEEDED";
      default -> status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
    };
  }
}
