package dk.renos.gateway.web;

import dk.renos.gateway.security.StaffWebAppRequests;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Serves the staff web app at {@code /}, on the same origin as {@code /api} (so its session cookie
 * and CSRF token need no CORS):
 *
 * <ul>
 *   <li>{@code /assets/…} — Vite's content-hashed files: cached for a year, immutable;
 *   <li>other files ({@code /favicon.svg}) — revalidated on every use ({@code no-cache});
 *   <li>any other GET outside the gateway's own prefixes ({@link StaffWebAppRequests}) — a
 *       client-side route such as {@code /leads/123}: {@code index.html}, never cached ({@code
 *       no-store}) so a new build is picked up at once.
 * </ul>
 *
 * A missing file is a 404 problem (never {@code index.html}, which would hide a broken deploy);
 * when the browser accepts gzip, the build's pre-compressed {@code .gz} copy is sent. The route
 * runs after every other router function, and the API routes of Spring Cloud Gateway never reach it
 * because its predicate refuses their paths.
 */
@Configuration(proxyBeanMethods = false)
public class StaffWebApp {

  private static final Logger log = LoggerFactory.getLogger(StaffWebApp.class);

  static final CacheControl HASHED =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
  static final CacheControl REVALIDATE = CacheControl.noCache();
  static final CacheControl NEVER = CacheControl.noStore();
  private static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

  private final Resource root;

  StaffWebApp(StaffWebAppProperties properties, ResourceLoader resources) {
    this.root = resources.getResource(properties.location());
    if (!readable(file("index.html"))) {
      log.warn(
          "The staff web app is not at {}: / answers 503 until the gateway is built with it"
              + " (./renos build)",
          properties.location());
    }
  }

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  RouterFunction<ServerResponse> staffWebAppRoutes() {
    RequestPredicate appRequest =
        request -> StaffWebAppRequests.isAppRequest(request.method(), path(request));
    return RouterFunctions.route(appRequest, this::serve);
  }

  private Mono<ServerResponse> serve(ServerRequest request) {
    String path = path(request);
    if (!StaffWebAppRequests.isFile(path)) {
      return page();
    }
    String name = path.substring(1);
    if (name.contains("..") || name.contains("\\") || name.contains("%") || name.contains("//")) {
      return notFound(path);
    }
    Resource file = file(name);
    if (!readable(file)) {
      return notFound(path);
    }
    CacheControl cache = name.startsWith("assets/") ? HASHED : REVALIDATE;
    MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
    Resource gzipped = file(name + ".gz");
    ServerResponse.BodyBuilder response =
        ServerResponse.ok()
            .contentType(type)
            .cacheControl(cache)
            .varyBy(HttpHeaders.ACCEPT_ENCODING);
    if (acceptsGzip(request) && readable(gzipped)) {
      return response
          .header(HttpHeaders.CONTENT_ENCODING, "gzip")
          .body(BodyInserters.fromResource(gzipped));
    }
    return response.body(BodyInserters.fromResource(file));
  }

  /** index.html for every client-side route. */
  private Mono<ServerResponse> page() {
    Resource index = file("index.html");
    if (!readable(index)) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.SERVICE_UNAVAILABLE,
              "The staff web app is not built into this gateway; build it with ./renos build."));
    }
    return ServerResponse.ok()
        .contentType(HTML_UTF8)
        .cacheControl(NEVER)
        .body(BodyInserters.fromResource(index));
  }

  private static Mono<ServerResponse> notFound(String path) {
    return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No file " + path));
  }

  private Resource file(String name) {
    try {
      return root.createRelative(name);
    } catch (IOException e) {
      throw new IllegalStateException("cannot resolve " + name + " under " + root, e);
    }
  }

  private static boolean readable(Resource resource) {
    return resource.exists() && resource.isReadable();
  }

  private static boolean acceptsGzip(ServerRequest request) {
    List<String> accepted = request.headers().header(HttpHeaders.ACCEPT_ENCODING);
    return accepted.stream().anyMatch(value -> value.toLowerCase().contains("gzip"));
  }

  private static String path(ServerRequest request) {
    return request.requestPath().pathWithinApplication().value();
  }
}
