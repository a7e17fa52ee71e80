package dk.renos.gateway.contract;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /asyncapi.yaml}: the AsyncAPI 3 description of every topic, event, key and header, as
 * shipped in shared-events (where a test keeps it equal to the event records).
 */
@Configuration(proxyBeanMethods = false)
public class AsyncApiEndpoint {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  @Bean
  RouterFunction<ServerResponse> asyncApiDocument() {
    Resource document = new ClassPathResource("asyncapi.yaml");
    return RouterFunctions.route()
        .GET("/asyncapi.yaml", request -> ServerResponse.ok().contentType(YAML).bodyValue(document))
        .build();
  }
}
