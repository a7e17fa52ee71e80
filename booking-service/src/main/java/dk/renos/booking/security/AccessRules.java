package dk.renos.booking.security;

import static dk.renos.support.security.Role.CLEANER;
import static dk.renos.support.security.Role.SERVICE;
import static dk.renos.support.security.Role.STAFF;
import static dk.renos.support.security.RouteRules.anyMethod;
import static dk.renos.support.security.RouteRules.rule;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import dk.renos.support.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which of booking-service's routes, checked on the gateway's token (service-support
 * applies it; the owner may call everything, the first matching row wins, a route no row names is
 * the owner's alone). docs/security/routes/booking-service.tsv records the resulting route × role
 * table.
 *
 * <p>Cleaners (their team is the token's {@code team} claim, {@code CurrentUser.team()}): their own
 * team's coming visits ({@code GET /api/bookings/mine}, address and access notes, no prices) and
 * marking such a visit done; the controller refuses (403) a visit of another team.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

  @Bean
  RouteRules routeRules() {
    return RouteRules.of(
        // quote-service and chat-service ask for free slots, sometimes from a Kafka listener.
        rule(GET, "/api/bookings/slots", STAFF, SERVICE),
        rule(GET, "/api/bookings/mine", CLEANER),
        rule(POST, "/api/bookings/{id}/complete", STAFF, CLEANER),
        anyMethod("/api/bookings/**", STAFF));
  }
}
