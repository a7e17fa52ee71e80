package dk.renos.fake.google.oauth;

import dk.renos.fake.google.http.HttpIo;
import dk.renos.fake.google.http.Json;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Google's OAuth 2 side: registered web clients, refresh tokens (as if users had consented),
 * authorization codes, service-account keys with domain-wide delegation, and the access tokens the
 * API accepts. Thread-safe.
 */
public final class FakeOAuth {
  /** Full Gmail access: what issueRefreshToken grants and what a scope-less grant means. */
  static final String FULL_SCOPE = "https://mail.google.com/";

  static final long ACCESS_TOKEN_SECONDS = 3599;

  /**
   * Who an access token acts for. serviceAccount is set when a service account asked without sub.
   */
  public record AccessGrant(
      String user,
      Set<String> scopes,
      String refreshToken,
      boolean serviceAccount,
      long expiresAt) {}

  record RefreshGrant(String clientId, String user, Set<String> scopes, boolean revoked) {}

  record AuthCode(
      String clientId,
      String redirectUri,
      String user,
      Set<String> scopes,
      String codeChallenge,
      String codeChallengeMethod,
      boolean offline,
      String nonce,
      long expiresAt) {}

  /** Mints the id_token of an authorization_code grant whose scopes include openid. */
  public interface IdTokenIssuer {
    String idToken(String clientId, String userEmail, String nonce);
  }

  static final class ServiceAccount {
    final String clientEmail;
    final String clientId;
    final Map<String, PublicKey> keysById = new ConcurrentHashMap<>();
    volatile boolean delegationAllowed = true;

    ServiceAccount(String clientEmail, String clientId) {
      this.clientEmail = clientEmail;
      this.clientId = clientId;
    }
  }

  private final Clock clock;
  private final Supplier<String> rootUrl;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> clientSecrets = new ConcurrentHashMap<>();
  private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, AccessGrant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, AuthCode> codes = new ConcurrentHashMap<>();
  private final Map<String, ServiceAccount> serviceAccounts = new ConcurrentHashMap<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private volatile String consentingUser;
  private final Map<String, Set<String>> redirectUris = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean refuseNextConsent =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile IdTokenIssuer idTokenIssuer;

  public FakeOAuth(Clock clock, Supplier<String> rootUrl) {
    this.clock = clock;
    this.rootUrl = rootUrl;
  }

  /** Registers an OAuth "web" client; registering again replaces the secret. */
  public void registerClient(String clientId, String clientSecret) {
    clientSecrets.put(clientId, clientSecret);
  }

  /**
   * Registers a redirect URI for a client. A client with registered URIs gets 400
   * redirect_uri_mismatch for any other; one without accepts any (as the Gmail tests need).
   */
  public void registerRedirectUri(String clientId, String redirectUri) {
    if (!clientSecrets.containsKey(clientId)) {
      throw new IllegalArgumentException(
          "Unknown OAuth client " + clientId + "; registerClient first");
    }
    redirectUris.computeIfAbsent(clientId, k -> ConcurrentHashMap.newKeySet()).add(redirectUri);
  }

  /** The next authorization request is refused, as a user pressing Cancel (error=access_denied). */
  public void refuseNextConsent() {
    refuseNextConsent.set(true);
  }

  /** Set by the server: the OIDC provider that signs id_tokens. */
  public void idTokenIssuer(IdTokenIssuer issuer) {
    this.idTokenIssuer = issuer;
  }

  /** A refresh token with full Gmail scope, as if userEmail had consented to clientId. */
  public String issueRefreshToken(String clientId, String userEmail) {
    if (!clientSecrets.containsKey(clientId)) {
      throw new IllegalArgumentException(
          "Unknown OAuth client " + clientId + "; registerClient first");
    }
    return newRefreshToken(clientId, userEmail, Set.of(FULL_SCOPE));
  }

  /**
   * A refresh token with the given scopes (e.g. Gmail's and Calendar's), as if userEmail had
   * consented to exactly those.
   */
  public String issueRefreshToken(String clientId, String userEmail, Set<String> scopes) {
    if (!clientSecrets.containsKey(clientId)) {
      throw new IllegalArgumentException(
          "Unknown OAuth client " + clientId + "; registerClient first");
    }
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("A refresh token needs at least one scope");
    }
    return newRefreshToken(clientId, userEmail, scopes);
  }

  /** Revokes a refresh token and the access tokens minted from it, as Google's revoke does. */
  public void revoke(String refreshToken) {
    refreshTokens.computeIfPresent(
        refreshToken, (k, g) -> new RefreshGrant(g.clientId(), g.user(), g.scopes(), true));
    accessTokens.values().removeIf(g -> refreshToken.equals(g.refreshToken()));
  }

  /** Every access token issued so far now gets 401 from the API; clients must refresh. */
  public void expireAccessTokens() {
    accessTokens.clear();
  }

  /**
   * A service-account key file (JSON) that ServiceAccountCredentials.fromStream loads; a fresh RSA
   * key each call.
   */
  public String serviceAccountKeyJson(String clientEmail) {
    ServiceAccount account =
        serviceAccounts.computeIfAbsent(
            clientEmail,
            e ->
                new ServiceAccount(
                    e,
                    Long.toString(
                        100_000_000_000_000_000L
                            + Math.floorMod(random.nextLong(), 800_000_000_000_000_000L))));
    KeyPair pair = rsaKeyPair();
    String keyId = hex(40);
    account.keysById.put(keyId, pair.getPublic());
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    var json = Json.object();
    json.put("type", "service_account");
    json.put("project_id", "renos-fake");
    json.put("private_key_id", keyId);
    json.put("private_key", pem);
    json.put("client_email", clientEmail);
    json.put("client_id", account.clientId);
    json.put("auth_uri", rootUrl.get() + "o/oauth2/auth");
    json.put("token_uri", rootUrl.get() + "token");
    json.put("auth_provider_x509_cert_url", rootUrl.get() + "oauth2/v1/certs");
    json.put(
        "client_x509_cert_url",
        rootUrl.get() + "robot/v1/metadata/x509/" + HttpIo.encode(clientEmail));
    json.put("universe_domain", "googleapis.com");
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
  }

  /** Domain-wide delegation for a service account (on by default once it has a key). */
  public void allowDelegation(String clientEmail, boolean allowed) {
    ServiceAccount account = serviceAccounts.get(clientEmail);
    if (account == null) {
      throw new IllegalArgumentException(
          "Unknown service account " + clientEmail + "; call serviceAccountKeyJson first");
    }
    account.delegationAllowed = allowed;
  }

  /** Whom the authorization endpoint logs in as (login_hint is used when this is unset). */
  public void setConsentingUser(String userEmail) {
    this.consentingUser = userEmail;
  }

  public int tokenRequests() {
    return tokenRequests.get();
  }

  // ---- package-private: for the token and authorization endpoints and the API ----

  void countTokenRequest() {
    tokenRequests.incrementAndGet();
  }

  String consentingUser() {
    return consentingUser;
  }

  boolean redirectUriAllowed(String clientId, String redirectUri) {
    Set<String> registered = redirectUris.get(clientId);
    return registered == null || registered.contains(redirectUri);
  }

  boolean takeRefusal() {
    return refuseNextConsent.getAndSet(false);
  }

  String idToken(String clientId, String user, String nonce) {
    IdTokenIssuer issuer = idTokenIssuer;
    return issuer == null ? null : issuer.idToken(clientId, user, nonce);
  }

  boolean hasClient(String clientId) {
    return clientId != null && clientSecrets.containsKey(clientId);
  }

  String clientSecret(String clientId) {
    return clientSecrets.get(clientId);
  }

  RefreshGrant refreshGrant(String token) {
    return token == null ? null : refreshTokens.get(token);
  }

  ServiceAccount serviceAccount(String clientEmail) {
    return clientEmail == null ? null : serviceAccounts.get(clientEmail);
  }

  String newRefreshToken(String clientId, String user, Set<String> scopes) {
    String token = "1//fake-" + hex(40);
    refreshTokens.put(token, new RefreshGrant(clientId, user, Set.copyOf(scopes), false));
    return token;
  }

  String newAccessToken(
      String user, Set<String> scopes, String refreshToken, boolean serviceAccount) {
    String token = "ya29.fake-" + hex(48);
    long expiresAt = clock.millis() + ACCESS_TOKEN_SECONDS * 1000;
    accessTokens.put(
        token, new AccessGrant(user, Set.copyOf(scopes), refreshToken, serviceAccount, expiresAt));
    return token;
  }

  String newCode(AuthCode code) {
    String value = "4/fake-" + hex(32);
    codes.put(value, code);
    return value;
  }

  /** Codes are single-use: redeeming removes them. */
  AuthCode redeemCode(String code) {
    return code == null ? null : codes.remove(code);
  }

  /** The grant behind "Bearer <token>", or null when unknown, expired or revoked. */
  public AccessGrant authenticate(String authorizationHeader) {
    if (authorizationHeader == null
        || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    AccessGrant grant = accessTokens.get(authorizationHeader.substring(7).trim());
    if (grant == null || grant.expiresAt() < clock.millis()) {
      return null;
    }
    return grant;
  }

  /** Google's revoke endpoint takes either kind of token. */
  boolean revokeAny(String token) {
    if (token == null) {
      return false;
    }
    if (refreshTokens.containsKey(token)) {
      revoke(token);
      return true;
    }
    return accessTokens.remove(token) != null;
  }

  long now() {
    return clock.millis();
  }

  String tokenUrl() {
    return rootUrl.get() + "token";
  }

  private String hex(int digits) {
    byte[] b = new byte[digits / 2];
    random.nextBytes(b);
    return java.util.HexFormat.of().formatHex(b);
  }

  private static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
