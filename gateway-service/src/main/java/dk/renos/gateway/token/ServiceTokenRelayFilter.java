package dk.renos.gateway.token;

import dk.renos.gateway.staff.GatewayIdentities;
import dk.renos.gateway.staff.GatewayIdentity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The trust boundary: every request the gateway passes to a service carries a fresh token the
 * gateway signed for the signed-in caller ({@code Authorization: Bearer}, 60 s), and nothing the
 * caller sent to prove who they are: their own {@code Authorization} header (password, API token)
 * and cookies (the session) stop here. A request without a signed-in caller (an open route) goes on
 * with neither.
 */
@Component
class ServiceTokenRelayFilter implements GlobalFilter, Ordered {

  /** Request headers that carry the caller's credentials to the gateway and no further. */
  static final List<String> CALLER_CREDENTIALS =
      List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE, "X-XSRF-TOKEN", "X-Renos-User");

  private final ServiceTokenIssuer issuer;

  ServiceTokenRelayFilter(ServiceTokenIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return exchange
        .getPrincipal()
        .filter(Authentication.class::isInstance)
        .map(Authentication.class::cast)
        .flatMap(authentication -> Mono.justOrEmpty(GatewayIdentities.of(authentication)))
        .map(identity -> Optional.of("Bearer " + tokenFor(identity)))
        .defaultIfEmpty(Optional.empty())
        .flatMap(bearer -> chain.filter(withHeaders(exchange, bearer.orElse(null))));
  }

  private String tokenFor(GatewayIdentity identity) {
    return issuer.issue(
        identity.username(),
        List.of(identity.role().name()),
        identity.team(),
        identity.authenticatedBy().name(),
        UUID.randomUUID().toString());
  }

  private static ServerWebExchange withHeaders(ServerWebExchange exchange, String authorization) {
    return exchange
        .mutate()
        .request(
            request ->
                request.headers(
                    headers -> {
                      CALLER_CREDENTIALS.forEach(headers::remove);
                      if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                      }
                    }))
        .build();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }
}
