package dk.renos.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.renos.support.security.GatewayToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Signs the short-lived ES256 token a service receives with every request the gateway passes on
 * (and the token a service gets for its own calls). The claims are the contract in
 * service-support's {@link GatewayToken}: {@code iss}, {@code aud}, {@code sub}, {@code roles},
 * {@code team} for a cleaner, {@code amr}, {@code jti}, {@code iat}, {@code exp}.
 */
public final class ServiceTokenIssuer {

  private final ECKey key;
  private final ECDSASigner signer;
  private final Duration lifetime;
  private final Clock clock;

  public ServiceTokenIssuer(ECKey key, Duration lifetime, Clock clock) {
    this.key = key;
    this.lifetime = lifetime;
    this.clock = clock;
    try {
      this.signer = new ECDSASigner(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("not an EC signing key", e);
    }
  }

  /**
   * A token for one request.
   *
   * @param subject the user (or service) name
   * @param roles role names, e.g. {@code ["STAFF"]}
   * @param team a cleaner's team, or {@code null}
   * @param authenticatedBy how the caller signed in ({@code PASSWORD}, {@code TOKEN}, ...)
   * @param requestId the token's {@code jti}
   */
  public String issue(
      String subject, List<String> roles, String team, String authenticatedBy, String requestId) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(GatewayToken.ISSUER)
            .audience(GatewayToken.AUDIENCE)
            .subject(subject)
            .claim(GatewayToken.ROLES_CLAIM, roles)
            .claim(GatewayToken.AUTHENTICATED_BY_CLAIM, List.of(authenticatedBy))
            .jwtID(requestId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)));
    if (team != null) {
      claims.claim(GatewayToken.TEAM_CLAIM, team);
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("signing a service token failed", e);
    }
    return jwt.serialize();
  }

  public Duration lifetime() {
    return lifetime;
  }

  /** The public key set, as {@code /.well-known/jwks.json} serves it (never the private part). */
  public Map<String, Object> publicKeySet() {
    return new JWKSet(key.toPublicJWK()).toJSONObject(true);
  }
}
