package dk.renos.quote.security;

import static dk.renos.support.security.Role.STAFF;
import static dk.renos.support.security.RouteRules.anyMethod;

import dk.renos.support.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which of quote-service's routes, checked on the gateway's token (service-support
 * applies it; the owner may call everything, the first matching row wins, a route no row names is
 * the owner's alone). docs/security/routes/quote-service.tsv records the resulting route × role
 * table.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

  @Bean
  RouteRules routeRules() {
    return RouteRules.of(anyMethod("/api/quotes/**", STAFF));
  }
}
