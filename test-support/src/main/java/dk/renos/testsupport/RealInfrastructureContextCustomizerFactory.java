package dk.renos.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Applies {@link WithRealInfrastructure}: the servers' addresses go first among the property
 * sources, and the service under test trusts {@link TestTokens}' key and token endpoint.
 */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, WithRealInfrastructure.class)
        ? new RealInfrastructureCustomizer()
        : null;
  }

  /** Stateless, so every test class that asks for real servers shares one cached context key. */
  static final class RealInfrastructureCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration config) {
      RealInfrastructure infra = RealInfrastructure.shared();
      Map<String, Object> properties =
          Map.ofEntries(
              Map.entry("spring.datasource.url", infra.jdbcUrl()),
              Map.entry("spring.datasource.username", infra.jdbcUsername()),
              Map.entry("spring.datasource.password", infra.jdbcPassword()),
              Map.entry("spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers()),
              Map.entry("spring.data.redis.host", infra.redisHost()),
              Map.entry("spring.data.redis.port", infra.redisPort()),
              Map.entry("RENOS_DB_URL", infra.jdbcUrl()),
              Map.entry("RENOS_DB_USER", infra.jdbcUsername()),
              Map.entry("RENOS_DB_PASSWORD", infra.jdbcPassword()),
              Map.entry("RENOS_KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers()),
              Map.entry("RENOS_REDIS_HOST", infra.redisHost()),
              Map.entry("RENOS_REDIS_PORT", infra.redisPort()),
              // Services trust tokens signed by this JVM's test key (see TestTokens).
              Map.entry("RENOS_GATEWAY_JWKS_URL", TestTokens.jwksUrl()),
              Map.entry("renos.security.jwks-url", TestTokens.jwksUrl()),
              Map.entry("renos.security.gateway-url", TestTokens.baseUrl()),
              Map.entry("RENOS_SERVICE_SECRET", TestTokens.SERVICE_SECRET),
              Map.entry("renos.security.service-secret", TestTokens.SERVICE_SECRET));
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(new MapPropertySource("renosRealInfrastructure", properties));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RealInfrastructureCustomizer;
    }

    @Override
    public int hashCode() {
      return RealInfrastructureCustomizer.class.hashCode();
    }
  }
}
