package dk.renos.support.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * Verifies the gateway's tokens: ES256 signature by a key from the gateway's JWKS (fetched on first
 * use, cached, fetched again for an unknown key id, so the gateway may start later or rotate its
 * key), issuer {@value GatewayToken#ISSUER}, audience {@value GatewayToken#AUDIENCE}, and an expiry
 * that has not passed. A token without {@code exp} or {@code sub} is refused.
 */
public final class GatewayJwtDecoder {

  private GatewayJwtDecoder() {}

  public static JwtDecoder create(ServiceSecurityProperties properties, Clock clock) {
    SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
    requestFactory.setConnectTimeout(Duration.ofSeconds(2));
    requestFactory.setReadTimeout(Duration.ofSeconds(5));
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(properties.jwksUrl().toString())
            .jwsAlgorithm(SignatureAlgorithm.ES256)
            .restOperations(new RestTemplate(requestFactory))
            .build();
    decoder.setJwtValidator(validator(properties.clockSkew(), clock));
    return decoder;
  }

  static OAuth2TokenValidator<Jwt> validator(Duration clockSkew, Clock clock) {
    JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
    timestamps.setClock(clock);
    return new DelegatingOAuth2TokenValidator<>(
        List.of(
            timestamps,
            new JwtIssuerValidator(GatewayToken.ISSUER),
            new JwtClaimValidator<Collection<String>>(
                "aud", aud -> aud != null && aud.contains(GatewayToken.AUDIENCE)),
            required("exp"),
            required("sub")));
  }

  private static OAuth2TokenValidator<Jwt> required(String claim) {
    return jwt ->
        jwt.getClaims().get(claim) != null
            ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(
                new OAuth2Error("invalid_token", "The token has no " + claim + " claim", null));
  }
}
