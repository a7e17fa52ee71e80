package dk.renos.support.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestClient;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every servlet service an OAuth2 resource server behind the gateway: a request needs the
 * gateway's signed token ({@code Authorization: Bearer}, verified against the gateway's JWKS), else
 * 401 problem+json; a token whose roles the service's {@link RouteRules} do not allow is 403
 * problem+json. Open without a token: {@code /actuator/health/**}, {@code /actuator/info}, {@code
 * /actuator/prometheus} (monitoring polls readiness, Prometheus scrapes) and the OpenAPI document
 * {@code /v3/api-docs/**}. Stateless: no session, no cookie, so no CSRF to defend.
 *
 * <p>Also: {@link CurrentUser} as a controller parameter, and {@link ServiceClients} for calling
 * another service with the right token.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
    })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class, WebMvcConfigurer.class})
@EnableConfigurationProperties(ServiceSecurityProperties.class)
@EnableWebSecurity
public class ServiceSecurityAutoConfiguration {

  /** Paths any caller may reach without a token. */
  static final String[] OPEN_PATHS = {
    "/actuator/health",
    "/actuator/health/**",
    "/actuator/info",
    "/actuator/prometheus",
    "/v3/api-docs",
    "/v3/api-docs/**"
  };

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder gatewayJwtDecoder(ServiceSecurityProperties properties, ObjectProvider<Clock> clock) {
    return GatewayJwtDecoder.create(properties, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain gatewayTokenFilterChain(
      HttpSecurity http,
      JwtDecoder decoder,
      ObjectProvider<RouteRules> routeRules,
      ObjectProvider<JsonMapper> jsonMapper)
      throws Exception {
    ProblemSecurityHandlers problems =
        new ProblemSecurityHandlers(jsonMapper.getIfAvailable(() -> JsonMapper.builder().build()));
    List<RouteRules.Rule> rules = routeRules.getIfAvailable(RouteRules::ownerOnly).rules();
    http.authorizeHttpRequests(
            requests -> {
              // An error rendered for a request that was already let in (or refused) stays as is.
              requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
              requests.requestMatchers(OPEN_PATHS).permitAll();
              // Dead letters hold customer data and replaying one changes state.
              requests.requestMatchers("/api/admin/**").hasRole(Role.OWNER.name());
              for (RouteRules.Rule rule : rules) {
                var matcher =
                    rule.method() == null
                        ? requests.requestMatchers(rule.pattern())
                        : requests.requestMatchers(rule.method(), rule.pattern());
                matcher.hasAnyRole(rule.roleNames());
              }
              requests.anyRequest().hasRole(Role.OWNER.name());
            })
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable());
    return http.build();
  }

  static JwtAuthenticationConverter converter() {
    JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(GatewayToken.ROLES_CLAIM);
    authorities.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }

  @Bean
  WebMvcConfigurer currentUserParameter() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
      }
    };
  }

  @Bean
  @ConditionalOnMissingBean
  ServiceClients serviceClients(
      ServiceSecurityProperties properties,
      Environment environment,
      ObjectProvider<RestClient.Builder> restClients,
      ObjectProvider<Clock> clock) {
    RestClient.Builder prototype = restClients.getIfAvailable(RestClient::builder);
    ServiceTokenSource tokens =
        properties.hasServiceSecret()
            ? new ServiceTokenSource(
                properties.gatewayUrl(),
                environment.getProperty("spring.application.name", "unnamed-service"),
                properties.serviceSecret(),
                clock.getIfAvailable(Clock::systemUTC),
                prototype.clone().build())
            : null;
    return new ServiceClients(prototype, new ServiceCallAuthorization(() -> tokens));
  }
}
