package dk.renos.gateway.security;

import dk.renos.gateway.problem.ProblemResponses;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Who may call what: {@code /api/**} needs a staff user (HTTP Basic, stateless); health, info and
 * Prometheus are open. Authentication and authorization failures answer problem+json.
 *
 * <p>CSRF protection is off: the gateway is a stateless JSON API without cookies or sessions. The
 * coming login UI must keep it that way (token in a header) or switch CSRF back on.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfig {

  static final String REALM = "RenOS";

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      ServerAuthenticationEntryPoint entryPoint,
      ServerAccessDeniedHandler accessDeniedHandler,
      CorsConfigurationSource corsConfigurationSource) {
    return http.authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/actuator/prometheus")
                    .permitAll()
                    // The event contract is for outside subscribers; it holds no data.
                    .pathMatchers("/asyncapi.yaml")
                    .permitAll()
                    // The services' OpenAPI documents (committed copies) hold no data either.
                    .pathMatchers(
                        org.springframework.http.HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                    .permitAll()
                    // The staff web app's static files and client routes; its data is /api/**.
                    .matchers(dk.renos.gateway.web.StaffWebAppRequests.matcher())
                    .permitAll()
                    // Dead letters hold customer data and replaying changes state: owners/admins
                    // only.
                    .pathMatchers("/api/admin/**")
                    .hasRole("ADMIN")
                    // Connecting a mailbox hands RenOS the company's mail; reconciliation repairs
                    // the store.
                    .pathMatchers("/api/emails/connections/**")
                    .hasRole("ADMIN")
                    .pathMatchers(
                        org.springframework.http.HttpMethod.POST, "/api/emails/reconciliation")
                    .hasRole("ADMIN")
                    .anyExchange()
                    .authenticated()) // /api/** and everything else: staff only
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(accessDeniedHandler))
        .cors(cors -> cors.configurationSource(corsConfigurationSource))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /** 401 as problem+json, with the Basic challenge. */
  @Bean
  ServerAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponses problems) {
    return (exchange, ex) -> {
      exchange
          .getResponse()
          .getHeaders()
          .set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
      return problems.write(
          exchange,
          ProblemResponses.problem(
              exchange,
              HttpStatus.UNAUTHORIZED,
              "Unauthorized",
              "A staff user name and password are required (HTTP Basic)."));
    };
  }

  /** 403 as problem+json. */
  @Bean
  ServerAccessDeniedHandler problemAccessDeniedHandler(ProblemResponses problems) {
    return (exchange, ex) ->
        problems.write(
            exchange,
            ProblemResponses.problem(
                exchange, HttpStatus.FORBIDDEN, "Forbidden", "This staff user may not do that."));
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
