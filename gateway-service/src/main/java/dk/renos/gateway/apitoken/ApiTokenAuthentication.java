package dk.renos.gateway.apitoken;

import dk.renos.gateway.signin.SessionFreshnessFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code Authorization: Bearer renos_pat_...}: the request is the token's, with the token's role;
 * nothing is kept in a session. A Bearer value that is not a valid token is 401 (never a fall-back
 * to the session).
 */
public final class ApiTokenAuthentication {

  private ApiTokenAuthentication() {}

  public static AuthenticationWebFilter filter(
      ApiTokens tokens, ServerAuthenticationEntryPoint entryPoint) {
    ReactiveAuthenticationManager manager =
        authentication ->
            Mono.fromCallable(() -> tokens.authenticate((String) authentication.getCredentials()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(
                    identity ->
                        identity
                            .<Mono<Authentication>>map(
                                id -> Mono.just(SessionFreshnessFilter.authentication(id)))
                            .orElseGet(
                                () ->
                                    Mono.error(
                                        new BadCredentialsException(
                                            "unknown, expired or revoked API token"))));
    AuthenticationWebFilter filter = new AuthenticationWebFilter(manager);
    filter.setRequiresAuthenticationMatcher(ApiTokenAuthentication::hasBearer);
    filter.setServerAuthenticationConverter(
        exchange ->
            Mono.justOrEmpty(bearer(exchange))
                .map(
                    token ->
                        org.springframework.security.authentication
                            .UsernamePasswordAuthenticationToken.unauthenticated(
                            "api-token", token)));
    filter.setAuthenticationFailureHandler(
        new ServerAuthenticationEntryPointFailureHandler(entryPoint));
    filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    return filter;
  }

  /** Whether the request carries {@code Authorization: Bearer ...} (and so needs no CSRF token). */
  public static Mono<MatchResult> hasBearer(ServerWebExchange exchange) {
    return bearer(exchange) != null ? MatchResult.match() : MatchResult.notMatch();
  }

  static String bearer(ServerWebExchange exchange) {
    String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).strip();
  }

  static ServerWebExchangeMatcher matcher() {
    return ApiTokenAuthentication::hasBearer;
  }
}
