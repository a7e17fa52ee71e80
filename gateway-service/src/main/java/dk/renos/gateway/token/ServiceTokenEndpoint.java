package dk.renos.gateway.token;

import dk.renos.gateway.problem.ProblemResponses;
import dk.renos.support.security.GatewayToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/auth/service-token}: a token of its own for a RenOS service calling another with
 * no user behind it (OAuth2 client-credentials style, RFC 6749 §4.4): {@code
 * grant_type=client_credentials}, HTTP Basic with the service's name ({@code <something>-service})
 * and the install's service secret ({@code RENOS_SERVICE_SECRET}). The answer is {@code
 * {"access_token", "token_type": "Bearer", "expires_in"}}; the token's {@code sub} is the service
 * and its only role {@code SERVICE}, which services accept only on routes that name it.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceTokenEndpoint {

  private static final Logger log = LoggerFactory.getLogger(ServiceTokenEndpoint.class);

  /** Who may ask: a RenOS service's name, never the gateway itself. */
  static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,60}-service");

  @Bean
  RouterFunction<ServerResponse> serviceTokenRoute(
      ServiceTokenIssuer issuer, SigningKeyProperties properties) {
    byte[] secretDigest = digest(properties.serviceSecret());
    return RouterFunctions.route()
        .POST(GatewayToken.SERVICE_TOKEN_PATH, request -> issue(request, issuer, secretDigest))
        .build();
  }

  private static Mono<ServerResponse> issue(
      ServerRequest request, ServiceTokenIssuer issuer, byte[] secretDigest) {
    return request
        .formData()
        .flatMap(
            form -> {
              if (!"client_credentials".equals(form.getFirst("grant_type"))) {
                return problem(
                    request,
                    HttpStatus.BAD_REQUEST,
                    "unsupported_grant_type",
                    "grant_type must be client_credentials.");
              }
              String service = authenticatedService(request, secretDigest);
              if (service == null) {
                return problem(
                    request,
                    HttpStatus.UNAUTHORIZED,
                    "invalid_client",
                    "A RenOS service name and the install's service secret are required (HTTP"
                        + " Basic).");
              }
              String token =
                  issuer.issue(
                      service, List.of("SERVICE"), null, "SERVICE", UUID.randomUUID().toString());
              log.debug("Service token issued to {}", service);
              return ServerResponse.ok()
                  .contentType(MediaType.APPLICATION_JSON)
                  .cacheControl(CacheControl.noStore())
                  .bodyValue(
                      Map.of(
                          "access_token",
                          token,
                          "token_type",
                          "Bearer",
                          "expires_in",
                          issuer.lifetime().toSeconds()));
            });
  }

  /** The service name when the Basic credentials carry the right secret; else null. */
  static String authenticatedService(ServerRequest request, byte[] secretDigest) {
    String header = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
    if (secretDigest == null || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String service = decoded.substring(0, colon);
    boolean secretMatches =
        MessageDigest.isEqual(secretDigest, digest(decoded.substring(colon + 1)));
    if (!secretMatches || !isServiceName(service)) {
      log.warn(
          "Service token refused (client {})",
          SERVICE_NAME.matcher(service).matches() ? service : "?");
      return null;
    }
    return service;
  }

  static boolean isServiceName(String name) {
    return SERVICE_NAME.matcher(name).matches() && !name.equals("gateway-service");
  }

  private static Mono<ServerResponse> problem(
      ServerRequest request, HttpStatus status, String error, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.getReasonPhrase());
    problem.setInstance(java.net.URI.create(request.path()));
    problem.setProperty("error", error);
    ServerResponse.BodyBuilder response =
        ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"renos-services\"");
    }
    return response.bodyValue(ProblemResponses.members(problem));
  }

  /** SHA-256, so the comparison takes the same time whatever the lengths. */
  private static byte[] digest(String secret) {
    if (secret == null || secret.isBlank()) {
      return null;
    }
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
