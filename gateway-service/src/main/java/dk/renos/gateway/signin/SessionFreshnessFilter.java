package dk.renos.gateway.signin;

import dk.renos.gateway.problem.ProblemResponses;
import dk.renos.gateway.staff.AuthenticatedBy;
import dk.renos.gateway.staff.GatewayIdentity;
import dk.renos.gateway.staff.StaffUser;
import dk.renos.gateway.staff.StaffUserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks a browser session against the account on every request, so what the owner changes takes
 * effect at once: a session is over (invalidated; the request goes on unauthenticated) when its
 * absolute timeout has passed, the account is gone or disabled, or its sessions were ended (logout
 * everywhere, password change, reset); a changed role or team is what the next token carries. While
 * an owner's reset is pending ({@code must_change_password}) the session may only use {@code
 * /api/auth/**} and the web app's static files (which need no sign-in anyway): everything else is
 * 403.
 *
 * <p>Not a bean: WebFlux would also run every {@code WebFilter} bean outside the security chain, a
 * second time per request. {@code SecurityConfig} places it in the chain, before the sign-in is
 * loaded.
 */
public final class SessionFreshnessFilter implements WebFilter {

  private final StaffUserRepository users;
  private final SignInProperties settings;
  private final ProblemResponses problems;
  private final Clock clock;
  private final Predicate<ServerWebExchange> staticContent;

  /**
   * @param staticContent requests for content that holds no data (the web app's files), answered
   *     even while the user's password must be changed: the browser needs them to show the screen
   *     that changes it
   */
  public SessionFreshnessFilter(
      StaffUserRepository users,
      SignInProperties settings,
      ProblemResponses problems,
      Clock clock,
      Predicate<ServerWebExchange> staticContent) {
    this.staticContent = staticContent;
    this.users = users;
    this.settings = settings;
    this.problems = problems;
    this.clock = clock;
  }

  /** Where {@code WebSessionServerSecurityContextRepository} keeps a session's sign-in. */
  static final String CONTEXT_ATTRIBUTE =
      WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME;

  /**
   * Runs before Spring Security loads the session's sign-in (before {@code REACTOR_CONTEXT}), so an
   * ended session is anonymous for the whole chain (401, not 403) and a refreshed role is what the
   * chain loads.
   */
  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return exchange
        .getSession()
        .flatMap(
            session ->
                session.getAttributes().get(CONTEXT_ATTRIBUTE) instanceof SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal()
                            instanceof GatewayIdentity identity
                        && identity.authenticatedBy() != AuthenticatedBy.TOKEN
                    ? Mono.just(new Current(context.getAuthentication(), session))
                    : Mono.<Current>empty())
        // Not switchIfEmpty after check(): the rest of the chain completes empty too, and would
        // then run a second time.
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            current ->
                current.isPresent()
                    ? check(exchange, chain, current.get())
                    : chain.filter(exchange));
  }

  private record Current(Authentication authentication, WebSession session) {}

  private Mono<Void> check(ServerWebExchange exchange, WebFilterChain chain, Current current) {
    GatewayIdentity identity = (GatewayIdentity) current.authentication().getPrincipal();
    Instant now = clock.instant();
    Instant signedInAt = instant(current.session(), SessionAttributes.SIGNED_IN_AT);
    Instant validFrom = instant(current.session(), SessionAttributes.VALID_FROM);
    return Mono.fromCallable(() -> users.findByUsername(identity.username()))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            found -> {
              Optional<StaffUser> user = found.filter(StaffUser::enabled);
              // VALID_FROM is kept in milliseconds; compare at that precision.
              Instant notBefore =
                  user.map(StaffUser::sessionsNotBefore)
                      .map(i -> i.truncatedTo(ChronoUnit.MILLIS))
                      .orElse(null);
              boolean over =
                  user.isEmpty()
                      || signedInAt == null
                      || now.isAfter(signedInAt.plus(settings.absoluteTimeout()))
                      || (notBefore != null
                          && (validFrom == null || validFrom.isBefore(notBefore)));
              if (over) {
                current.session().getAttributes().remove(CONTEXT_ATTRIBUTE);
                return current.session().invalidate().then(chain.filter(exchange));
              }
              StaffUser row = user.get();
              if (row.mustChangePassword()
                  && !isSignInPath(exchange)
                  && !staticContent.test(exchange)) {
                return problems.write(
                    exchange,
                    ProblemResponses.problem(
                        exchange,
                        HttpStatus.FORBIDDEN,
                        "Password change required",
                        "Your password was reset: choose a new one (POST /api/auth/password)"
                            + " before anything else."));
              }
              if (row.role() != identity.role()
                  || !java.util.Objects.equals(row.team(), identity.team())) {
                // Into the same session (no new id: the app's other requests still carry the
                // old); Spring Security loads it from there next.
                current
                    .session()
                    .getAttributes()
                    .put(
                        CONTEXT_ATTRIBUTE,
                        new SecurityContextImpl(
                            authentication(
                                new GatewayIdentity(
                                    row.username(),
                                    row.role(),
                                    row.team(),
                                    identity.authenticatedBy()))));
              }
              return chain.filter(exchange);
            });
  }

  /** The authentication a signed-in identity carries (its role as the single authority). */
  public static Authentication authentication(GatewayIdentity identity) {
    return UsernamePasswordAuthenticationToken.authenticated(
        identity, null, List.of(new SimpleGrantedAuthority("ROLE_" + identity.role().name())));
  }

  private static boolean isSignInPath(ServerWebExchange exchange) {
    return exchange.getRequest().getPath().value().startsWith("/api/auth/");
  }

  private static Instant instant(WebSession session, String attribute) {
    Object value = session.getAttributes().get(attribute);
    return value instanceof Long millis ? Instant.ofEpochMilli(millis) : null;
  }
}
