package dk.renos.fake.google.oidc;

import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Sign in with Google" as an OpenID Connect provider: discovery, the RS256 key set, id_tokens and
 * userinfo for the users it knows, and switches that make the NEXT id_token faulty on purpose, so a
 * relying party's checks (issuer, audience, nonce, expiry, signature) can each be shown to work.
 * The issuer is the fake's base URL without the trailing slash. Thread-safe.
 */
public final class FakeOidc {
  static final long ID_TOKEN_SECONDS = 3600;

  /** What the next id_token gets wrong. */
  public enum IdTokenFault {
    WRONG_ISSUER,
    WRONG_AUDIENCE,
    WRONG_NONCE,
    EXPIRED,
    BAD_SIGNATURE
  }

  /** A Google account that can sign in; hd is the Workspace domain or null for a consumer one. */
  public record User(String sub, String email, boolean emailVerified, String name, String hd) {}

  private final Clock clock;
  private final Supplier<String> rootUrl;
  private final KeyPair key = rsa();
  private final KeyPair otherKey = rsa();
  private final String keyId = HexFormat.of().formatHex(randomBytes(20));
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private volatile IdTokenFault nextFault;

  public FakeOidc(Clock clock, Supplier<String> rootUrl) {
    this.clock = clock;
    this.rootUrl = rootUrl;
  }

  /** "http://127.0.0.1:N": what iss holds and what a relying party configures as issuer-uri. */
  public String issuer() {
    String root = rootUrl.get();
    return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  /** Registers (or replaces) a user; sub is derived from the address, stable for the server. */
  public User registerUser(String email, String name, boolean emailVerified, String hd) {
    User user = new User(subFor(email), email, emailVerified, name, hd);
    users.put(email.toLowerCase(Locale.ROOT), user);
    return user;
  }

  /** The user behind an address: registered, or a verified consumer account named after it. */
  public User user(String email) {
    User known = users.get(email.toLowerCase(Locale.ROOT));
    return known != null ? known : new User(subFor(email), email, true, localPart(email), null);
  }

  /** The next id_token issued (only that one) is faulty this way. */
  public void failNextIdToken(IdTokenFault fault) {
    this.nextFault = fault;
  }

  /** A signed id_token for clientId about user, with nonce if the authorization request had one. */
  public String idToken(String clientId, String email, String nonce) {
    IdTokenFault fault = nextFault;
    nextFault = null;
    User user = user(email);
    long now = clock.millis() / 1000;
    ObjectNode claims = Json.object();
    claims.put(
        "iss", fault == IdTokenFault.WRONG_ISSUER ? "https://accounts.evil.example" : issuer());
    claims.put("azp", clientId);
    claims.put(
        "aud",
        fault == IdTokenFault.WRONG_AUDIENCE
            ? "someone-else.apps.googleusercontent.com"
            : clientId);
    claims.put("sub", user.sub());
    claims.put("email", user.email());
    claims.put("email_verified", user.emailVerified());
    if (user.name() != null) {
      claims.put("name", user.name());
    }
    if (user.hd() != null) {
      claims.put("hd", user.hd());
    }
    if (nonce != null || fault == IdTokenFault.WRONG_NONCE) {
      claims.put("nonce", fault == IdTokenFault.WRONG_NONCE ? "not-the-nonce-you-sent" : nonce);
    }
    long iat = fault == IdTokenFault.EXPIRED ? now - 2 * ID_TOKEN_SECONDS : now;
    claims.put("iat", iat);
    claims.put("exp", iat + ID_TOKEN_SECONDS);
    return sign(claims, fault == IdTokenFault.BAD_SIGNATURE ? otherKey : key);
  }

  /** GET /.well-known/openid-configuration. */
  public ApiResponse discovery() {
    String iss = issuer();
    ObjectNode out = Json.object();
    out.put("issuer", iss);
    out.put("authorization_endpoint", iss + "/o/oauth2/v2/auth");
    out.put("token_endpoint", iss + "/token");
    out.put("userinfo_endpoint", iss + "/v1/userinfo");
    out.put("revocation_endpoint", iss + "/revoke");
    out.put("jwks_uri", iss + "/oauth2/v3/certs");
    out.set("response_types_supported", Json.strings(java.util.List.of("code")));
    out.set("subject_types_supported", Json.strings(java.util.List.of("public")));
    out.set("id_token_signing_alg_values_supported", Json.strings(java.util.List.of("RS256")));
    out.set("scopes_supported", Json.strings(java.util.List.of("openid", "email", "profile")));
    out.set(
        "token_endpoint_auth_methods_supported",
        Json.strings(java.util.List.of("client_secret_post", "client_secret_basic")));
    out.set(
        "claims_supported",
        Json.strings(
            java.util.List.of(
                "aud",
                "email",
                "email_verified",
                "exp",
                "hd",
                "iat",
                "iss",
                "name",
                "nonce",
                "sub")));
    out.set("code_challenge_methods_supported", Json.strings(java.util.List.of("plain", "S256")));
    out.set(
        "grant_types_supported",
        Json.strings(java.util.List.of("authorization_code", "refresh_token")));
    return ApiResponse.ok(out);
  }

  /** GET /oauth2/v3/certs: the RS256 public key that signs id_tokens. */
  public ApiResponse jwks() {
    RSAPublicKey pub = (RSAPublicKey) key.getPublic();
    ObjectNode out = Json.object();
    out.putArray("keys")
        .addObject()
        .put("kty", "RSA")
        .put("alg", "RS256")
        .put("use", "sig")
        .put("kid", keyId)
        .put("n", b64(unsigned(pub.getModulus())))
        .put("e", b64(unsigned(pub.getPublicExponent())));
    return ApiResponse.ok(out);
  }

  /** The userinfo claims of a user (sub, email, email_verified, name, hd). */
  public ObjectNode userinfo(String email) {
    User user = user(email);
    ObjectNode out = Json.object();
    out.put("sub", user.sub());
    out.put("email", user.email());
    out.put("email_verified", user.emailVerified());
    if (user.name() != null) {
      out.put("name", user.name());
    }
    if (user.hd() != null) {
      out.put("hd", user.hd());
    }
    return out;
  }

  private String sign(ObjectNode claims, KeyPair signer) {
    ObjectNode header = Json.object().put("alg", "RS256").put("kid", keyId).put("typ", "JWT");
    String input = b64(Json.bytes(header)) + "." + b64(Json.bytes(claims));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(signer.getPrivate());
      rsa.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String localPart(String email) {
    int at = email.indexOf('@');
    return at < 0 ? email : email.substring(0, at);
  }

  private static String subFor(String email) {
    // 21 digits like Google's, stable for an address
    BigInteger h =
        new BigInteger(1, email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
            .mod(BigInteger.TEN.pow(20));
    return "1" + String.format("%020d", h);
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new java.security.SecureRandom().nextBytes(b);
    return b;
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
