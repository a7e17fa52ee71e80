package dk.renos.gateway.security;

import java.security.Principal;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells services who is asking: {@code X-Renos-User} carries the authenticated staff user's name
 * (services record it, e.g. as who requested an email). Whatever a client sent in that header is
 * dropped first, so it cannot be spoofed; services only ever see it from the gateway.
 */
@Component
class StaffIdentityFilter implements GlobalFilter, Ordered {

  static final String HEADER = "X-Renos-User";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .map(
            name ->
                exchange
                    .mutate()
                    .request(request -> request.headers(headers -> headers.set(HEADER, name)))
                    .build())
        .defaultIfEmpty(
            exchange
                .mutate()
                .request(request -> request.headers(headers -> headers.remove(HEADER)))
                .build())
        .flatMap(chain::filter);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }
}
