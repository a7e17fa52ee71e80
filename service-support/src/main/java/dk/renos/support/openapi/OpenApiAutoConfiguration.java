package dk.renos.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI document every WebMVC service publishes at {@code /v3/api-docs} (springdoc), made the
 * same on every machine so it can be committed as {@code docs/openapi/<service>.json} and the staff
 * web app's types generated from it offline:
 *
 * <ul>
 *   <li>one server, {@code /}: services are reached through the gateway on the same paths, and the
 *       address of the request that fetched the document (a random test port) stays out of it;
 *   <li>the title is the service's name, the version the API's ({@code v1}), not the build's;
 *   <li>the problem+json answers every service gives ({@link ProblemResponses});
 *   <li>operation ids from method and path ({@link OperationIds}), not clashing Java names.
 * </ul>
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
public class OpenApiAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  OpenAPI renosOpenApi(@Value("${spring.application.name}") String service) {
    return new OpenAPI()
        .info(
            new Info()
                .title(service)
                .version("v1")
                .description(
                    "RenOS "
                        + service
                        + ". Reached through the gateway, which requires a staff sign-in;"
                        + " errors are RFC 9457 problem+json."))
        .servers(List.of(new Server().url("/").description("the RenOS gateway")));
  }

  @Bean
  GlobalOpenApiCustomizer renosProblemResponses() {
    return new ProblemResponses();
  }

  @Bean
  GlobalOpenApiCustomizer renosOperationIds() {
    return new OperationIds();
  }
}
