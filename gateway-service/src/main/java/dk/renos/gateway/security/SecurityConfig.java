package dk.renos.gateway.security;

import dk.renos.gateway.apitoken.ApiTokenAuthentication;
import dk.renos.gateway.apitoken.ApiTokens;
import dk.renos.gateway.problem.ProblemResponses;
import dk.renos.gateway.signin.SessionFreshnessFilter;
import dk.renos.gateway.signin.SignInProperties;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.support.security.GatewayToken;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Who may call what ({@link GatewayAccessRules}) and how a caller proves who they are:
 *
 * <ul>
 *   <li>a browser: a server-side session ({@code RENOS_SESSION} cookie, Spring Session in Redis)
 *       started by {@code POST /api/auth/login}; its state-changing requests need the CSRF token
 *       (cookie {@code XSRF-TOKEN}, readable by the app, echoed in header {@code X-XSRF-TOKEN});
 *   <li>a machine: {@code Authorization: Bearer renos_pat_...} (an API token), no session, no CSRF;
 *   <li>a RenOS service asking for its own token: its own chain, {@link #serviceTokenFilterChain}.
 * </ul>
 *
 * HTTP Basic is gone: people sign in once to a session, machines use tokens. Authentication and
 * authorization failures answer problem+json.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfig {

  static final String REALM = "RenOS";

  /** The session cookie ({@code server.reactive.session.cookie.name}). */
  public static final String SESSION_COOKIE = "RENOS_SESSION";

  public static final String CSRF_COOKIE = "XSRF-TOKEN";
  public static final String CSRF_HEADER = "X-XSRF-TOKEN";

  static final Set<HttpMethod> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

  @Bean
  @Order(2)
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      ServerAuthenticationEntryPoint entryPoint,
      ServerAccessDeniedHandler accessDeniedHandler,
      CorsConfigurationSource corsConfigurationSource,
      ServerSecurityContextRepository sessionContexts,
      StaffUserRepository users,
      SignInProperties signIn,
      Clock clock,
      ApiTokens apiTokens,
      ProblemResponses problems,
      @Value("${renos.gateway.sign-in.secure-cookies:false}") boolean secureCookies) {
    CookieServerCsrfTokenRepository csrfTokens =
        CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secureCookies));
    // The app sends the cookie's value as it is (no BREACH masking: the token is never in a page).
    ServerCsrfTokenRequestAttributeHandler csrfHandler =
        new ServerCsrfTokenRequestAttributeHandler();
    return http.authorizeExchange(GatewayAccessRules::apply)
        .securityContextRepository(sessionContexts)
        .addFilterAt(
            ApiTokenAuthentication.filter(apiTokens, entryPoint),
            SecurityWebFiltersOrder.HTTP_BASIC)
        .addFilterBefore(
            new SessionFreshnessFilter(
                users,
                signIn,
                problems,
                clock,
                exchange ->
                    StaffWebAppRequests.isAppRequest(
                        exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().pathWithinApplication().value())),
            SecurityWebFiltersOrder.REACTOR_CONTEXT)
        .addFilterAfter(issueCsrfToken(), SecurityWebFiltersOrder.CSRF)
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(csrfHandler)
                    .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken)
                    .accessDeniedHandler(
                        (exchange, denied) ->
                            problems.write(
                                exchange,
                                ProblemResponses.problem(
                                    exchange,
                                    HttpStatus.FORBIDDEN,
                                    "Forbidden",
                                    "A signed-in browser's change needs the "
                                        + CSRF_HEADER
                                        + " header with the "
                                        + CSRF_COOKIE
                                        + " cookie's value."))))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(accessDeniedHandler))
        .cors(cors -> cors.configurationSource(corsConfigurationSource))
        .headers(SecurityHeaders::apply)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .build();
  }

  /**
   * CSRF protects what a browser's cookie would authorise on its own: an unsafe method with the
   * session cookie. A request with {@code Authorization: Bearer} (an API token) cannot be forged by
   * another site, and one without a session has nothing to abuse.
   */
  static Mono<MatchResult> needsCsrfToken(
      org.springframework.web.server.ServerWebExchange exchange) {
    var request = exchange.getRequest();
    boolean unsafe = !SAFE_METHODS.contains(request.getMethod());
    boolean session = request.getCookies().containsKey(SESSION_COOKIE);
    return ApiTokenAuthentication.hasBearer(exchange)
        .flatMap(
            bearer ->
                unsafe && session && !bearer.isMatch()
                    ? MatchResult.match()
                    : MatchResult.notMatch());
  }

  /**
   * WebFlux makes the CSRF token only when something asks for it; this asks on every request, so
   * the {@code XSRF-TOKEN} cookie reaches the app with its first call (even a 401 from {@code GET
   * /api/auth/me}).
   */
  static WebFilter issueCsrfToken() {
    return (exchange, chain) -> {
      Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
      return (token != null ? token.then() : Mono.<Void>empty()).then(chain.filter(exchange));
    };
  }

  /**
   * The service-token endpoint authenticates services itself (their Basic credentials are not a
   * person's), so the people's chain must not see it.
   */
  @Bean
  @Order(1)
  SecurityWebFilterChain serviceTokenFilterChain(ServerHttpSecurity http) {
    return http.securityMatcher(
            ServerWebExchangeMatchers.pathMatchers(
                HttpMethod.POST, GatewayToken.SERVICE_TOKEN_PATH))
        .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
        .headers(SecurityHeaders::apply)
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .build();
  }

  /** 401 as problem+json; {@code WWW-Authenticate: Bearer} (no browser password prompt). */
  @Bean
  ServerAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponses problems) {
    return (exchange, ex) -> {
      exchange
          .getResponse()
          .getHeaders()
          .set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
      return problems.write(
          exchange,
          ProblemResponses.problem(
              exchange,
              HttpStatus.UNAUTHORIZED,
              "Unauthorized",
              "Sign in (POST /api/auth/login) or send an API token (Authorization: Bearer)."));
    };
  }

  /** 403 as problem+json. */
  @Bean
  ServerAccessDeniedHandler problemAccessDeniedHandler(ProblemResponses problems) {
    return (exchange, ex) ->
        problems.write(
            exchange,
            ProblemResponses.problem(
                exchange, HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this."));
  }

  @Bean
  CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!properties.allowedOrigins().isEmpty()) {
      CorsConfiguration cors = new CorsConfiguration();
      cors.setAllowedOrigins(properties.allowedOrigins());
      cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
      cors.setAllowedHeaders(
          List.of(
              HttpHeaders.AUTHORIZATION,
              HttpHeaders.CONTENT_TYPE,
              HttpHeaders.ACCEPT,
              CSRF_HEADER,
              "traceparent"));
      cors.setExposedHeaders(
          List.of(HttpHeaders.LOCATION, "X-RateLimit-Remaining", HttpHeaders.RETRY_AFTER));
      cors.setAllowCredentials(true);
      cors.setMaxAge(3600L);
      source.registerCorsConfiguration("/api/**", cors);
    }
    return source;
  }
}
