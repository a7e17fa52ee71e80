package dk.renos.gateway.signin;

import dk.renos.gateway.problem.FieldProblems;
import dk.renos.gateway.problem.GatewayProblem;
import dk.renos.gateway.problem.GatewayProblemAdvice;
import dk.renos.gateway.problem.ProblemResponses;
import dk.renos.gateway.staff.AuthenticatedBy;
import dk.renos.gateway.staff.GatewayIdentity;
import dk.renos.gateway.staff.PasswordPolicy;
import dk.renos.gateway.staff.SignInMethod;
import dk.renos.gateway.staff.StaffUser;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.gateway.staff.UserSessions;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sign-in for the staff web app (backend for frontend): a password signs in to a server-side
 * session in Redis, carried by the {@code RENOS_SESSION} cookie; the app never holds a token.
 *
 * <ul>
 *   <li>{@code POST /api/auth/login} {@code {"username","password"}}: 204 and the cookie; 401 for
 *       any wrong name or password (one answer for both); 429 with {@code Retry-After} while the
 *       account or the client address is locked ({@link LoginThrottle});
 *   <li>{@code POST /api/auth/logout}: this session ends; {@code POST /api/auth/logout-everywhere}:
 *       every session of the user ends;
 *   <li>{@code GET /api/auth/me}: who is signed in, and how;
 *   <li>{@code POST /api/auth/password} {@code {"currentPassword","newPassword"}}: 204, and the
 *       user's other sessions end; policy violations are 400 field by field;
 *   <li>{@code GET /api/auth/providers}: which sign-in methods the login page may offer.
 * </ul>
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

  private static final Logger log = LoggerFactory.getLogger(AuthController.class);

  private final PasswordSignIn signIn;
  private final LoginThrottle throttle;
  private final ServerSecurityContextRepository contexts;
  private final UserSessions sessions;
  private final StaffUserRepository users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final SignInProperties settings;
  private final Clock clock;

  AuthController(
      PasswordSignIn signIn,
      LoginThrottle throttle,
      ServerSecurityContextRepository contexts,
      UserSessions sessions,
      StaffUserRepository users,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      SignInProperties settings,
      Clock clock) {
    this.signIn = signIn;
    this.throttle = throttle;
    this.contexts = contexts;
    this.sessions = sessions;
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
    this.settings = settings;
    this.clock = clock;
  }

  record LoginRequest(String username, String password) {}

  record PasswordChange(String currentPassword, String newPassword) {}

  @PostMapping("/login")
  Mono<ResponseEntity<?>> login(@RequestBody LoginRequest body, ServerWebExchange exchange) {
    FieldProblems invalid = new FieldProblems();
    if (body.username() == null || body.username().isBlank()) {
      invalid.add("username", "is required");
    }
    if (body.password() == null || body.password().isEmpty()) {
      invalid.add("password", "is required");
    }
    invalid.throwIfAny();
    String address = clientAddress(exchange);
    return throttle
        .lockedFor(body.username(), address)
        .flatMap(
            locked -> {
              if (!locked.isZero()) {
                log.info("Sign-in refused: locked for {} s", seconds(locked));
                return Mono.<ResponseEntity<?>>just(tooManyAttempts(exchange, locked));
              }
              return signIn
                  .verify(body.username(), body.password())
                  .<ResponseEntity<?>>flatMap(
                      user ->
                          throttle
                              .succeeded(body.username())
                              .then(startSession(exchange, user, AuthenticatedBy.PASSWORD))
                              .then(
                                  Mono.<ResponseEntity<?>>fromSupplier(
                                      () -> {
                                        log.info("Staff user {} signed in (password)", user.id());
                                        return ResponseEntity.noContent().build();
                                      })))
                  .switchIfEmpty(
                      Mono.defer(
                          () -> {
                            log.info("Sign-in failed: wrong user name or password");
                            return throttle
                                .failed(body.username(), address)
                                .<ResponseEntity<?>>thenReturn(badCredentials(exchange));
                          }));
            });
  }

  @PostMapping("/logout")
  Mono<ResponseEntity<Void>> logout(ServerWebExchange exchange) {
    return exchange
        .getSession()
        .flatMap(session -> session.invalidate())
        .thenReturn(ResponseEntity.noContent().build());
  }

  @PostMapping("/logout-everywhere")
  Mono<ResponseEntity<Void>> logoutEverywhere(
      Authentication authentication, ServerWebExchange exchange) {
    GatewayIdentity identity = sessionIdentity(authentication);
    return user(identity.username())
        .flatMap(user -> sessions.endAll(user.id(), user.username()))
        .then(exchange.getSession().flatMap(session -> session.invalidate()))
        .thenReturn(ResponseEntity.noContent().build());
  }

  @GetMapping("/me")
  Mono<Map<String, Object>> me(Authentication authentication) {
    GatewayIdentity identity =
        (GatewayIdentity) authentication.getPrincipal(); // /api/auth/me needs a sign-in
    if (identity.authenticatedBy() == AuthenticatedBy.TOKEN) {
      return Mono.just(view(identity, identity.username(), false));
    }
    return user(identity.username())
        .map(user -> view(identity, user.shownName(), user.mustChangePassword()));
  }

  @PostMapping("/password")
  Mono<ResponseEntity<Void>> changePassword(
      @RequestBody PasswordChange body, Authentication authentication, ServerWebExchange exchange) {
    GatewayIdentity identity = sessionIdentity(authentication);
    String address = clientAddress(exchange);
    return user(identity.username())
        .flatMap(
            user ->
                Mono.fromCallable(() -> checkChange(user, body))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(
                        problems -> {
                          if (!problems.isEmpty()) {
                            boolean wrongCurrent =
                                problems.errors().stream()
                                    .anyMatch(e -> e.get("field").equals("currentPassword"));
                            return (wrongCurrent
                                    ? throttle.failed(user.username(), address)
                                    : Mono.<Void>empty())
                                .then(Mono.error(problems));
                          }
                          return Mono.fromRunnable(
                                  () ->
                                      users.setPassword(
                                          user.id(), encoder.encode(body.newPassword()), false))
                              .subscribeOn(Schedulers.boundedElastic())
                              .then(exchange.getSession())
                              .flatMap(
                                  session ->
                                      sessions
                                          .endAllExcept(user.id(), user.username(), session.getId())
                                          .doOnNext(
                                              now ->
                                                  session
                                                      .getAttributes()
                                                      .put(
                                                          SessionAttributes.VALID_FROM,
                                                          now.toEpochMilli())))
                              .doOnSuccess(
                                  now -> log.info("Staff user {} changed password", user.id()))
                              .thenReturn(ResponseEntity.noContent().<Void>build());
                        }));
  }

  @GetMapping("/providers")
  Map<String, Object> providers() {
    Map<String, Object> providers = new LinkedHashMap<>();
    providers.put("local", true);
    // Sign in with Google comes with the OIDC login (not built yet: see docs/security.md).
    providers.put("google", false);
    return providers;
  }

  private FieldProblems checkChange(StaffUser user, PasswordChange body) {
    FieldProblems problems = new FieldProblems();
    if (user.signIn() != SignInMethod.PASSWORD || user.passwordHash() == null) {
      problems.add("currentPassword", "this account signs in with Google and has no password");
      return problems;
    }
    if (body.currentPassword() == null
        || !encoder.matches(body.currentPassword(), user.passwordHash())) {
      problems.add("currentPassword", "is not your current password");
    }
    for (String problem : policy.problems(body.newPassword(), user.username())) {
      problems.add("newPassword", problem);
    }
    if (body.newPassword() != null && body.newPassword().equals(body.currentPassword())) {
      problems.add("newPassword", "must differ from the current password");
    }
    return problems;
  }

  /** A new session for the user (a new id: nothing from before the sign-in carries over). */
  Mono<Void> startSession(ServerWebExchange exchange, StaffUser user, AuthenticatedBy by) {
    Authentication authentication =
        SessionFreshnessFilter.authentication(
            new GatewayIdentity(user.username(), user.role(), user.team(), by));
    long now = clock.millis();
    return exchange
        .getSession()
        .flatMap(
            session ->
                session
                    .changeSessionId()
                    .then(
                        Mono.fromRunnable(
                            () -> {
                              session.getAttributes().put(SessionAttributes.SIGNED_IN_AT, now);
                              session.getAttributes().put(SessionAttributes.VALID_FROM, now);
                              session.setMaxIdleTime(settings.idleTimeout());
                            })))
        .then(contexts.save(exchange, new SecurityContextImpl(authentication)));
  }

  private Mono<StaffUser> user(String username) {
    return Mono.fromCallable(() -> users.findByUsername(username))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(
            Mono.error(
                new GatewayProblem(
                    HttpStatus.UNAUTHORIZED, "Unauthorized", "This account no longer exists.")));
  }

  private static GatewayIdentity sessionIdentity(Authentication authentication) {
    GatewayIdentity identity = (GatewayIdentity) authentication.getPrincipal();
    if (identity.authenticatedBy() == AuthenticatedBy.TOKEN) {
      throw new GatewayProblem(
          HttpStatus.BAD_REQUEST,
          "Not a session",
          "An API token has no session and no password; this is for signed-in people.");
    }
    return identity;
  }

  private static Map<String, Object> view(
      GatewayIdentity identity, String displayName, boolean passwordChangeRequired) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("username", identity.username());
    me.put("displayName", displayName);
    me.put("role", identity.role().name());
    me.put("team", identity.team());
    me.put("authenticatedBy", identity.authenticatedBy().name());
    me.put("passwordChangeRequired", passwordChangeRequired);
    return me;
  }

  private static ResponseEntity<?> badCredentials(ServerWebExchange exchange) {
    return GatewayProblemAdvice.respond(
        ProblemResponses.problem(
            exchange, HttpStatus.UNAUTHORIZED, "Unauthorized", "Wrong user name or password."));
  }

  private static ResponseEntity<?> tooManyAttempts(ServerWebExchange exchange, Duration locked) {
    ProblemDetail problem =
        ProblemResponses.problem(
            exchange,
            HttpStatus.TOO_MANY_REQUESTS,
            "Too Many Requests",
            "Too many failed sign-ins; try again in " + seconds(locked) + " s.");
    problem.setProperty("retryAfterSeconds", seconds(locked));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(locked)))
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemResponses.members(problem));
  }

  private static long seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }

  static String clientAddress(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }
}
