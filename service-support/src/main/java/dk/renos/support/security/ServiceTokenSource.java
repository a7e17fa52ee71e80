package dk.renos.support.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * This service's own token, for calls with no user behind them (a Kafka listener, a scheduled job):
 * asked from the gateway's token endpoint in the OAuth2 client-credentials style ({@code POST
 * /api/auth/service-token}, {@code grant_type=client_credentials}, HTTP Basic with the service name
 * and the install's service secret), kept until shortly before it expires, then asked again. The
 * token names the service as {@code sub} with role {@link Role#SERVICE}.
 */
public final class ServiceTokenSource {

  /** A token this close to expiry is replaced before use, so it cannot expire in flight. */
  static final Duration RENEW_BEFORE = Duration.ofSeconds(15);

  private final URI tokenEndpoint;
  private final String basicCredentials;
  private final Clock clock;
  private final RestClient http;

  private String token;
  private Instant expiresAt = Instant.MIN;

  public ServiceTokenSource(
      URI gatewayUrl, String serviceName, String serviceSecret, Clock clock, RestClient http) {
    if (serviceSecret == null || serviceSecret.isBlank()) {
      throw new IllegalArgumentException("a service secret is required for service tokens");
    }
    this.tokenEndpoint =
        URI.create(gatewayUrl.toString().replaceAll("/+$", "") + GatewayToken.SERVICE_TOKEN_PATH);
    this.basicCredentials =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (serviceName + ":" + serviceSecret).getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
    this.http = http;
  }

  /** A valid token, from the cache or fresh from the gateway. */
  public synchronized String token() {
    Instant now = clock.instant();
    if (token == null || !now.isBefore(expiresAt.minus(RENEW_BEFORE))) {
      fetch(now);
    }
    return token;
  }

  private void fetch(Instant now) {
    Map<?, ?> answer;
    try {
      answer =
          http.post()
              .uri(tokenEndpoint)
              .header(HttpHeaders.AUTHORIZATION, basicCredentials)
              .contentType(MediaType.APPLICATION_FORM_URLENCODED)
              .body("grant_type=client_credentials")
              .retrieve()
              .body(Map.class);
    } catch (RestClientException e) {
      throw new ServiceTokenException(
          "The gateway at " + tokenEndpoint + " refused or failed a service token", e);
    }
    if (answer == null || !(answer.get("access_token") instanceof String accessToken)) {
      throw new ServiceTokenException("The gateway answered no access_token", null);
    }
    long seconds = answer.get("expires_in") instanceof Number number ? number.longValue() : 60L;
    token = accessToken;
    expiresAt = now.plusSeconds(seconds);
  }

  /** The gateway could not be asked, or refused. */
  public static final class ServiceTokenException extends RuntimeException {
    ServiceTokenException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
