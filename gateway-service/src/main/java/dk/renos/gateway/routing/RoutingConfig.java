package dk.renos.gateway.routing;

import dk.renos.gateway.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routes themselves are configuration (application.yml, {@code
 * spring.cloud.gateway.server.webflux.routes}); this adds what turns their failures into
 * problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class RoutingConfig {

  @Bean
  ProblemResponses problemResponses(JsonMapper jsonMapper) {
    return new ProblemResponses(jsonMapper);
  }

  @Bean
  GatewayErrorHandler gatewayErrorHandler(ProblemResponses problemResponses) {
    return new GatewayErrorHandler(problemResponses);
  }
}
