package dk.renos.gateway.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's token settings ({@code renos.gateway.token.*}).
 *
 * @param signingKey {@code RENOS_GATEWAY_SIGNING_KEY}: the EC P-256 private key as PKCS#8 PEM
 *     ({@code -----BEGIN PRIVATE KEY-----}, optionally followed by its {@code PUBLIC KEY}), or the
 *     path of a file holding it. Every gateway replica must have the same one. Unset: a key made at
 *     startup (one replica only; services fetch it again after a restart).
 * @param lifetime how long a token for a service is valid ({@code exp - iat}); short, because it
 *     only has to outlive one request
 * @param serviceSecret {@code RENOS_SERVICE_SECRET}: what services present to get a token of their
 *     own; unset, nobody gets one
 */
@ConfigurationProperties("renos.gateway.token")
public record SigningKeyProperties(String signingKey, Duration lifetime, String serviceSecret) {

  public SigningKeyProperties {
    lifetime = lifetime != null ? lifetime : Duration.ofSeconds(60);
  }

  @Override
  public String toString() {
    return "SigningKeyProperties[signingKey="
        + (signingKey == null || signingKey.isBlank() ? "<unset>" : "****")
        + ", lifetime="
        + lifetime
        + ", serviceSecret="
        + (serviceSecret == null || serviceSecret.isBlank() ? "<unset>" : "****")
        + "]";
  }
}
