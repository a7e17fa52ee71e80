package dk.renos.fake.google.oauth;

import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.HttpIo;
import dk.renos.fake.google.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * POST /token (Google's oauth2.googleapis.com/token) for the three grants Gmail clients use:
 * authorization_code, refresh_token and the service account's jwt-bearer; plus POST /revoke. Errors
 * carry Google's status codes and error names, which the auth library surfaces in its exceptions.
 */
public final class TokenEndpoint {
  static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  /**
   * ServiceAccountCredentials signs for Google's token URL whatever token_uri says; accept either.
   */
  private static final Set<String> GOOGLE_AUDIENCES =
      Set.of(
          "https://oauth2.googleapis.com/token",
          "https://accounts.google.com/o/oauth2/token",
          "https://www.googleapis.com/oauth2/v4/token");

  private static final long CLOCK_SKEW_SECONDS = 300;

  private final FakeOAuth oauth;

  public TokenEndpoint(FakeOAuth oauth) {
    this.oauth = oauth;
  }

  public ApiResponse token(ApiRequest request) {
    oauth.countTokenRequest();
    try {
      if (!request.method().equals("POST")) {
        throw OAuthError.invalidRequest("The token endpoint only accepts POST.");
      }
      Map<String, List<String>> form =
          HttpIo.parseQuery(new String(request.body(), StandardCharsets.UTF_8));
      String grantType = first(form, "grant_type");
      if (grantType == null) {
        throw new OAuthError(400, "unsupported_grant_type", "Invalid grant_type: ");
      }
      return switch (grantType) {
        case "authorization_code" -> authorizationCode(request, form);
        case "refresh_token" -> refreshToken(request, form);
        case JWT_BEARER -> jwtBearer(form);
        default ->
            throw new OAuthError(400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
      };
    } catch (OAuthError e) {
      return e.toResponse();
    }
  }

  public ApiResponse revoke(ApiRequest request) {
    Map<String, List<String>> form =
        HttpIo.parseQuery(new String(request.body(), StandardCharsets.UTF_8));
    String token = first(form, "token");
    if (token == null) {
      token = request.param("token");
    }
    if (!oauth.revokeAny(token)) {
      return new OAuthError(400, "invalid_token", "Token expired or revoked").toResponse();
    }
    return ApiResponse.ok(Json.object());
  }

  private ApiResponse authorizationCode(ApiRequest request, Map<String, List<String>> form) {
    String clientId = authenticateClient(request, form);
    FakeOAuth.AuthCode code = oauth.redeemCode(first(form, "code"));
    if (code == null || !code.clientId().equals(clientId)) {
      throw OAuthError.invalidGrant("Malformed auth code.");
    }
    if (code.expiresAt() < oauth.now()) {
      throw OAuthError.invalidGrant("Bad Request");
    }
    if (!code.redirectUri().equals(first(form, "redirect_uri"))) {
      throw new OAuthError(400, "redirect_uri_mismatch", "Bad Request");
    }
    if (code.codeChallenge() != null) {
      String verifier = first(form, "code_verifier");
      if (verifier == null) {
        throw OAuthError.invalidGrant("Missing code verifier.");
      }
      String expected = "S256".equals(code.codeChallengeMethod()) ? s256(verifier) : verifier;
      if (!expected.equals(code.codeChallenge())) {
        throw OAuthError.invalidGrant("Invalid code verifier.");
      }
    }
    String refreshToken =
        code.offline() ? oauth.newRefreshToken(clientId, code.user(), code.scopes()) : null;
    var body = tokenBody(oauth.newAccessToken(code.user(), code.scopes(), refreshToken, false));
    if (refreshToken != null) {
      body.put("refresh_token", refreshToken);
    }
    body.put("scope", String.join(" ", code.scopes()));
    if (code.scopes().contains("openid")) {
      String idToken = oauth.idToken(clientId, code.user(), code.nonce());
      if (idToken != null) {
        body.put("id_token", idToken);
      }
    }
    return ApiResponse.ok(body);
  }

  private ApiResponse refreshToken(ApiRequest request, Map<String, List<String>> form) {
    String clientId = authenticateClient(request, form);
    String token = first(form, "refresh_token");
    FakeOAuth.RefreshGrant grant = oauth.refreshGrant(token);
    if (grant == null || grant.revoked()) {
      throw OAuthError.invalidGrant("Token has been expired or revoked.");
    }
    if (!grant.clientId().equals(clientId)) {
      throw new OAuthError(401, "unauthorized_client", "Unauthorized");
    }
    var body = tokenBody(oauth.newAccessToken(grant.user(), grant.scopes(), token, false));
    body.put("scope", String.join(" ", grant.scopes()));
    return ApiResponse.ok(body);
  }

  private ApiResponse jwtBearer(Map<String, List<String>> form) {
    JwtAssertion jwt = JwtAssertion.parse(first(form, "assertion"));
    FakeOAuth.ServiceAccount account = oauth.serviceAccount(jwt.issuer());
    if (account == null) {
      throw OAuthError.invalidGrant("Invalid grant: account not found");
    }
    if (!jwt.signedByAnyOf(account.keysById)) {
      throw OAuthError.invalidGrant("Invalid JWT Signature.");
    }
    if (jwt.audience() == null
        || !(GOOGLE_AUDIENCES.contains(jwt.audience())
            || jwt.audience().equals(oauth.tokenUrl()))) {
      throw OAuthError.invalidGrant(
          "Invalid JWT: Failed audience check. The expected audience is " + oauth.tokenUrl() + ".");
    }
    long now = oauth.now() / 1000;
    if (jwt.issuedAt() > now + CLOCK_SKEW_SECONDS
        || jwt.expiresAt() < now - CLOCK_SKEW_SECONDS
        || jwt.expiresAt() - jwt.issuedAt() > 3600
        || jwt.expiresAt() <= jwt.issuedAt()) {
      throw OAuthError.invalidGrant(
          "Invalid JWT: Token must be a short-lived token (60 minutes) and in a"
              + " reasonable timeframe. Check your iat and exp values in the JWT claim.");
    }
    if (jwt.scope() == null || jwt.scope().isBlank()) {
      throw new OAuthError(400, "invalid_scope", "Empty or missing scope not allowed.");
    }
    boolean delegated = jwt.subject() != null && !jwt.subject().isBlank();
    if (delegated && !account.delegationAllowed) {
      throw new OAuthError(
          401,
          "unauthorized_client",
          "Client is unauthorized to retrieve access tokens using"
              + " this method, or client not authorized for any of the scopes requested.");
    }
    Set<String> scopes = new LinkedHashSet<>(Arrays.asList(jwt.scope().trim().split("\\s+")));
    String user = delegated ? jwt.subject() : account.clientEmail;
    return ApiResponse.ok(tokenBody(oauth.newAccessToken(user, scopes, null, !delegated)));
  }

  /** Client credentials from the form or from HTTP Basic, as Google accepts both. */
  private String authenticateClient(ApiRequest request, Map<String, List<String>> form) {
    String clientId = first(form, "client_id");
    String secret = first(form, "client_secret");
    String authorization = request.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        clientId = HttpIo.decode(decoded.substring(0, colon));
        secret = HttpIo.decode(decoded.substring(colon + 1));
      }
    }
    if (clientId == null) {
      throw OAuthError.invalidRequest("Missing required parameter: client_id");
    }
    if (!oauth.hasClient(clientId)) {
      throw OAuthError.invalidClient("The OAuth client was not found.");
    }
    if (!oauth.clientSecret(clientId).equals(secret)) {
      throw OAuthError.invalidClient("Unauthorized");
    }
    return clientId;
  }

  private static tools.jackson.databind.node.ObjectNode tokenBody(String accessToken) {
    var body = Json.object();
    body.put("access_token", accessToken);
    body.put("expires_in", FakeOAuth.ACCESS_TOKEN_SECONDS);
    body.put("token_type", "Bearer");
    return body;
  }

  static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
