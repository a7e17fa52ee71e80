package dk.renos.email.security;

import static dk.renos.support.security.Role.STAFF;
import static dk.renos.support.security.RouteRules.anyMethod;
import static dk.renos.support.security.RouteRules.rule;
import static org.springframework.http.HttpMethod.POST;

import dk.renos.support.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which of email-ingest-service's routes, checked on the gateway's token
 * (service-support applies it; the owner may call everything, the first matching row wins, a route
 * no row names is the owner's alone). docs/security/routes/email-ingest-service.tsv records the
 * resulting route × role table.
 *
 * <p>Connecting a mailbox hands RenOS the company's mail, and a reconciliation run repairs the
 * store: both are the owner's. Staff read and send mail.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

  @Bean
  RouteRules routeRules() {
    return RouteRules.of(
        // Connecting or removing a mailbox, and starting a reconciliation run: the owner only.
        anyMethod("/api/emails/connections/**"),
        rule(POST, "/api/emails/reconciliation"),
        anyMethod("/api/emails/**", STAFF));
  }
}
