package dk.renos.gateway.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The services' OpenAPI documents in one place: {@code GET /v3/api-docs} lists them (in Swagger
 * UI's {@code urls} shape) and {@code GET /v3/api-docs/<service>} is one. They are the copies
 * committed in {@code docs/openapi/} and built into the gateway, which each service's {@code
 * OpenApiDocumentIT} keeps equal to its live {@code /v3/api-docs}; so they answer even while a
 * service is down, and they are exactly what the staff web app's types were generated from. Open
 * like {@code /asyncapi.yaml}: a contract holds no data.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocuments {

  static final String LOCATION = "classpath:/openapi/";

  record Entry(String name, String url) {}

  @Bean
  RouterFunction<ServerResponse> openApiDocumentRoutes() {
    Map<String, Resource> documents = documents();
    List<Entry> index =
        documents.keySet().stream()
            .sorted()
            .map(name -> new Entry(name, "/v3/api-docs/" + name))
            .toList();
    return RouterFunctions.route()
        .GET(
            "/v3/api-docs",
            request ->
                ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("urls", index)))
        .GET(
            "/v3/api-docs/{service}",
            request -> {
              Resource document = documents.get(request.pathVariable("service"));
              if (document == null) {
                return Mono.error(
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No OpenAPI document for that service"));
              }
              return ServerResponse.ok()
                  .contentType(MediaType.APPLICATION_JSON)
                  .body(BodyInserters.fromResource(document));
            })
        .build();
  }

  private static Map<String, Resource> documents() {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver().getResources(LOCATION + "*.json");
      return Arrays.stream(found)
          .filter(resource -> resource.getFilename() != null)
          .sorted(Comparator.comparing(Resource::getFilename))
          .collect(
              java.util.stream.Collectors.toMap(
                  resource -> Objects.requireNonNull(resource.getFilename()).replace(".json", ""),
                  resource -> resource,
                  (a, b) -> a,
                  java.util.TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + LOCATION, e);
    }
  }
}
