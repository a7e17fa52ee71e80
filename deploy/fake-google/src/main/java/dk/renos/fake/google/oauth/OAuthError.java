package dk.renos.fake.google.oauth;

import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.Json;

/**
 * An OAuth 2 error from the token endpoint: {"error": ..., "error_description": ...} with its HTTP
 * status.
 */
final class OAuthError extends RuntimeException {
  final int status;
  final String error;

  OAuthError(int status, String error, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
  }

  static OAuthError invalidGrant(String description) {
    return new OAuthError(400, "invalid_grant", description);
  }

  static OAuthError invalidRequest(String description) {
    return new OAuthError(400, "invalid_request", description);
  }

  static OAuthError invalidClient(String description) {
    return new OAuthError(401, "invalid_client", description);
  }

  ApiResponse toResponse() {
    var body = Json.object();
    body.put("error", error);
    body.put("error_description", getMessage());
    return ApiResponse.json(status, body);
  }
}
