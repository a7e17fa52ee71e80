package dk.renos.gateway.token;

import com.nimbusds.jose.jwk.ECKey;
import dk.renos.support.security.GatewayToken;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The signing key, the token issuer and the public key set at {@code /.well-known/jwks.json}. */
@Configuration(proxyBeanMethods = false)
public class TokenConfig {

  private static final Logger log = LoggerFactory.getLogger(TokenConfig.class);

  @Bean
  ServiceTokenIssuer serviceTokenIssuer(
      SigningKeyProperties properties, ObjectProvider<Clock> clock) {
    ECKey key;
    if (properties.signingKey() == null || properties.signingKey().isBlank()) {
      key = SigningKey.generated();
      log.warn(
          "RENOS_GATEWAY_SIGNING_KEY is not set: service tokens are signed with a key made at"
              + " startup (kid {}); a second gateway replica would not share it",
          key.getKeyID());
    } else {
      key = SigningKey.fromSetting(properties.signingKey());
      log.info("Service tokens are signed with key {}", key.getKeyID());
    }
    return new ServiceTokenIssuer(
        key, properties.lifetime(), clock.getIfAvailable(Clock::systemUTC));
  }

  /** Public: services fetch it to verify tokens; it holds only the public key. */
  @Bean
  RouterFunction<ServerResponse> jwksEndpoint(ServiceTokenIssuer issuer) {
    return RouterFunctions.route()
        .GET(
            GatewayToken.JWKS_PATH,
            request ->
                ServerResponse.ok()
                    .contentType(MediaType.parseMediaType("application/jwk-set+json"))
                    .cacheControl(CacheControl.noCache())
                    .bodyValue(issuer.publicKeySet()))
        .build();
  }
}
