package dk.renos.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tokens exactly like the ones the gateway signs for services (ES256 JWT, {@code iss}
 * renos-gateway, {@code aud} renos-services, {@code sub}, {@code roles}, {@code team} for a
 * cleaner, {@code jti}, {@code exp} in 60 s), signed with a key pair made once per test JVM.
 *
 * <p>The public key is served as a JWKS by a small HTTP server on a free port, which also answers
 * the gateway's service-token endpoint ({@code POST /api/auth/service-token} with HTTP Basic {@code
 * <service>:}{@link #SERVICE_SECRET}). {@code @WithRealInfrastructure} points the service under
 * test at both ({@code RENOS_GATEWAY_JWKS_URL}, {@code RENOS_GATEWAY_URL}, {@code
 * RENOS_SERVICE_SECRET}), so a test only chooses a role:
 *
 * <pre>{@code
 * ServiceHttp.on(port).as(Role.STAFF).get("/api/leads");
 * request.header("Authorization", TestTokens.bearer(Role.OWNER));
 * TestTokens.builder().role(Role.STAFF).audience("someone-else").mint();   // a bad one
 * }</pre>
 */
public final class TestTokens {

  /** The service secret the test token endpoint accepts. */
  public static final String SERVICE_SECRET = "test-service-secret";

  public static final String ISSUER = "renos-gateway";
  public static final String AUDIENCE = "renos-services";

  /** The team a {@link Role#CLEANER} token names unless told otherwise. */
  public static final String DEFAULT_TEAM = "team-1";

  private static final ECKey KEY = generate("renos-test-gateway");
  private static final ECKey OTHER_KEY = generate("renos-test-gateway"); // same kid, other key
  private static final AtomicInteger SERVICE_TOKENS_ISSUED = new AtomicInteger();
  private static HttpServer server;

  private TestTokens() {}

  /** A valid token for a user of this role ({@code test-owner}, {@code test-staff}, ...). */
  public static String forRole(Role role) {
    return builder().role(role).mint();
  }

  /** {@code Bearer <token>} for {@link #forRole}. */
  public static String bearer(Role role) {
    return "Bearer " + forRole(role);
  }

  /** A valid token for this user. */
  public static String forUser(String username, Role role, String team) {
    return builder().subject(username).role(role).team(team).mint();
  }

  /** A token to shape: valid unless a method below makes it otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /** The JWKS URL with the public key (the server starts on first use). */
  public static synchronized String jwksUrl() {
    return baseUrl() + "/.well-known/jwks.json";
  }

  /** Where the test gateway's endpoints are: the JWKS and the service-token endpoint. */
  public static synchronized String baseUrl() {
    if (server == null) {
      server = startServer();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many service tokens the test token endpoint has handed out in this JVM. */
  public static int serviceTokensIssued() {
    return SERVICE_TOKENS_ISSUED.get();
  }

  /** Builds one token. */
  public static final class Builder {
    private String subject;
    private List<Role> roles = List.of(Role.STAFF);
    private String team;
    private boolean teamSet;
    private String issuer = ISSUER;
    private List<String> audience = List.of(AUDIENCE);
    private Instant expiresAt;
    private boolean withoutExpiry;
    private ECKey signer = KEY;

    private Builder() {}

    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    public Builder role(Role role) {
      return roles(role);
    }

    public Builder roles(Role... roles) {
      this.roles = Arrays.asList(roles);
      return this;
    }

    public Builder team(String team) {
      this.team = team;
      this.teamSet = true;
      return this;
    }

    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    public Builder audience(String... audience) {
      this.audience = Arrays.asList(audience);
      return this;
    }

    /** Expired a while ago (beyond any clock skew a service allows). */
    public Builder expired() {
      return expiresAt(Instant.now().minus(Duration.ofMinutes(5)));
    }

    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /** No {@code exp} at all: a token that would never expire. */
    public Builder withoutExpiry() {
      this.withoutExpiry = true;
      return this;
    }

    /** Signed by a key the gateway never published (a forgery), with the published key's id. */
    public Builder signedByAnotherKey() {
      this.signer = OTHER_KEY;
      return this;
    }

    public String mint() {
      Role first = roles.isEmpty() ? Role.STAFF : roles.get(0);
      Instant now = Instant.now();
      JWTClaimsSet.Builder claims =
          new JWTClaimsSet.Builder()
              .issuer(issuer)
              .audience(audience)
              .subject(subject != null ? subject : "test-" + first.name().toLowerCase(Locale.ROOT))
              .claim("roles", roles.stream().map(Role::name).toList())
              .jwtID(UUID.randomUUID().toString())
              .issueTime(Date.from(now));
      String teamClaim = teamSet ? team : (roles.contains(Role.CLEANER) ? DEFAULT_TEAM : null);
      if (teamClaim != null) {
        claims.claim("team", teamClaim);
      }
      if (!withoutExpiry) {
        claims.expirationTime(
            Date.from(expiresAt != null ? expiresAt : now.plus(Duration.ofSeconds(60))));
      }
      return sign(claims.build(), signer);
    }
  }

  static String sign(JWTClaimsSet claims, ECKey key) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a test token", e);
    }
  }

  private static ECKey generate(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer startServer() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      http.createContext(
          "/.well-known/jwks.json",
          exchange ->
              respond(
                  exchange,
                  200,
                  new JWKSet(KEY.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8)));
      http.createContext("/api/auth/service-token", TestTokens::serviceToken);
      http.setExecutor(null);
      http.start();
      return http;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test token server", e);
    }
  }

  /** The gateway's client-credentials endpoint, as the gateway answers it. */
  private static void serviceToken(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    exchange.getRequestBody().readAllBytes();
    String service = null;
    if (authorization != null && authorization.startsWith("Basic ")) {
      String[] credentials =
          new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
              .split(":", 2);
      if (credentials.length == 2 && credentials[1].equals(SERVICE_SECRET)) {
        service = credentials[0];
      }
    }
    if (!"POST".equals(exchange.getRequestMethod()) || service == null) {
      respond(exchange, 401, "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    SERVICE_TOKENS_ISSUED.incrementAndGet();
    String token = builder().subject(service).role(Role.SERVICE).mint();
    respond(
        exchange,
        200,
        ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":60}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
