package dk.renos.booking.security;

import static dk.renos.support.security.Role.SERVICE;
import static dk.renos.support.security.Role.STAFF;
import static dk.renos.support.security.RouteRules.anyMethod;
import static dk.renos.support.security.RouteRules.rule;
import static org.springframework.http.HttpMethod.GET;

import dk.renos.support.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which of booking-service's routes, checked on the gateway's token (service-support
 * applies it; the owner may call everything, the first matching row wins, a route no row names is
 * the owner's alone). docs/security/routes/booking-service.tsv records the resulting route × role
 * table.
 *
 * <p>Cleaners: the gateway lets them into /api/bookings/**, but no route here is theirs yet. The
 * rule for the booking work to add: a cleaner sees only bookings of their own team ({@code
 * CurrentUser.team()}) in the coming days, with the access notes for the visit and without prices,
 * and may mark such a visit done; e.g. {@code rule(GET, "/api/bookings/mine", CLEANER)} and {@code
 * rule(POST, "/api/bookings/{id}/done", STAFF, CLEANER)}, with the team check in the controller.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

  @Bean
  RouteRules routeRules() {
    return RouteRules.of(
        // quote-service and chat-service ask for free slots, sometimes from a Kafka listener.
        rule(GET, "/api/bookings/slots", STAFF, SERVICE), anyMethod("/api/bookings/**", STAFF));
  }
}
