package dk.renos.fake.google.oauth;

import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.HttpIo;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * GET /o/oauth2/auth: Google's consent screen, minus the screen. The consenting user (or
 * login_hint) approves at once and the browser is sent back to redirect_uri with a single-use code.
 */
public final class AuthorizationEndpoint {
  private static final long CODE_LIFETIME_MILLIS = 10 * 60_000L;

  private final FakeOAuth oauth;

  public AuthorizationEndpoint(FakeOAuth oauth) {
    this.oauth = oauth;
  }

  public ApiResponse authorize(ApiRequest request) {
    String clientId = request.param("client_id");
    if (!oauth.hasClient(clientId)) {
      return ApiResponse.text(400, "Error 401: invalid_client\nThe OAuth client was not found.");
    }
    String redirectUri = request.param("redirect_uri");
    if (redirectUri == null || redirectUri.isBlank()) {
      return ApiResponse.text(
          400, "Error 400: invalid_request\nMissing required parameter: redirect_uri");
    }
    if (!"code".equals(request.param("response_type"))) {
      return ApiResponse.text(
          400, "Error 400: unsupported_response_type\nOnly response_type=code is supported.");
    }
    if (!oauth.redirectUriAllowed(clientId, redirectUri)) {
      return ApiResponse.text(
          400,
          "Error 400: redirect_uri_mismatch\nThe redirect URI in the request does not match the ones"
              + " authorized for the OAuth client.");
    }
    String challengeMethod = request.param("code_challenge_method");
    if (request.param("code_challenge") != null
        && challengeMethod != null
        && !challengeMethod.equals("S256")
        && !challengeMethod.equals("plain")) {
      return ApiResponse.text(400, "Error 400: invalid_request\nInvalid code_challenge_method");
    }
    if (oauth.takeRefusal()) {
      // the user pressed Cancel: Google sends the browser back with error=access_denied
      StringBuilder denied =
          new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
      denied.append("error=access_denied");
      if (request.param("state") != null) {
        denied.append("&state=").append(HttpIo.encode(request.param("state")));
      }
      return new ApiResponse(302, null, new byte[0], Map.of("Location", denied.toString()));
    }
    String scope = request.param("scope");
    if (scope == null || scope.isBlank()) {
      return ApiResponse.text(400, "Error 400: invalid_request\nMissing required parameter: scope");
    }
    String user =
        oauth.consentingUser() != null ? oauth.consentingUser() : request.param("login_hint");
    if (user == null) {
      return ApiResponse.text(
          400, "No user is signed in: call FakeOAuth.setConsentingUser or pass login_hint.");
    }
    Set<String> scopes = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
    String code =
        oauth.newCode(
            new FakeOAuth.AuthCode(
                clientId,
                redirectUri,
                user,
                scopes,
                request.param("code_challenge"),
                request.param("code_challenge_method"),
                "offline".equals(request.param("access_type")),
                request.param("nonce"),
                oauth.now() + CODE_LIFETIME_MILLIS));
    StringBuilder location =
        new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
    if (request.param("state") != null) {
      location.append("state=").append(HttpIo.encode(request.param("state"))).append('&');
    }
    location
        .append("code=")
        .append(HttpIo.encode(code))
        .append("&scope=")
        .append(HttpIo.encode(String.join(" ", scopes)));
    return new ApiResponse(302, null, new byte[0], Map.of("Location", location.toString()));
  }
}
