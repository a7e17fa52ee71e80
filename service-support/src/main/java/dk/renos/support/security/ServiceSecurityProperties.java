package dk.renos.support.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service trusts the gateway ({@code renos.security.*}; defaults in
 * renos-service-defaults.yml).
 *
 * @param jwksUrl the gateway's public key set ({@code RENOS_GATEWAY_JWKS_URL}), fetched on the
 *     first token and cached, so a service may start before the gateway
 * @param gatewayUrl the gateway ({@code RENOS_GATEWAY_URL}), where a service asks for a token of
 *     its own
 * @param serviceSecret the install's service secret ({@code RENOS_SERVICE_SECRET}); without it a
 *     service can call another only on behalf of a user
 * @param clockSkew how far apart the gateway's clock and this one may be
 */
@ConfigurationProperties("renos.security")
public record ServiceSecurityProperties(
    URI jwksUrl, URI gatewayUrl, String serviceSecret, Duration clockSkew) {

  public ServiceSecurityProperties {
    jwksUrl =
        jwksUrl != null ? jwksUrl : URI.create("http://localhost:8080" + GatewayToken.JWKS_PATH);
    gatewayUrl = gatewayUrl != null ? gatewayUrl : URI.create("http://localhost:8080");
    clockSkew = clockSkew != null ? clockSkew : Duration.ofSeconds(5);
  }

  public boolean hasServiceSecret() {
    return serviceSecret != null && !serviceSecret.isBlank();
  }

  @Override
  public String toString() {
    return "ServiceSecurityProperties[jwksUrl="
        + jwksUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", serviceSecret="
        + (hasServiceSecret() ? "****" : "<unset>")
        + ", clockSkew="
        + clockSkew
        + "]";
  }
}
