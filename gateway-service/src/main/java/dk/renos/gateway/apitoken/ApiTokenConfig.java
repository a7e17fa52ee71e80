package dk.renos.gateway.apitoken;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The token store, and the install's bootstrap owner token from the environment. */
@Configuration(proxyBeanMethods = false)
public class ApiTokenConfig {

  private static final Logger log = LoggerFactory.getLogger(ApiTokenConfig.class);

  @Bean
  ApiTokens apiTokens(ApiTokenRepository repository, Clock clock) {
    return new ApiTokens(repository, clock);
  }

  /** {@code RENOS_BOOTSTRAP_API_TOKEN}: what {@code ./renos up} generates for scripts and tests. */
  @Bean
  ApplicationRunner bootstrapApiToken(
      ApiTokens tokens, @Value("${renos.gateway.bootstrap-api-token:}") String secret) {
    return args -> {
      if (secret != null && !secret.isBlank()) {
        tokens.bootstrap(secret.strip());
        log.info("The install's owner API token ({}) is active", ApiTokens.BOOTSTRAP_NAME);
      }
    };
  }
}
