package dk.renos.gateway.security;

import dk.renos.gateway.staff.StaffRole;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * The gateway's coarse table of who may reach which area, applied before a request is passed on;
 * each service applies its own, finer table again (service-support's {@code RouteRules}). The first
 * matching row wins. Read it as the answer to "what does each role see":
 *
 * <ul>
 *   <li>OWNER: everything;
 *   <li>STAFF: mail, leads, customers, quotes, bookings, the assistant, and the health overview;
 *       not users, tokens, dead letters, mailbox connections, reconciliation runs;
 *   <li>CLEANER: the bookings area only (booking-service lets them see their own team's coming
 *       visits and mark one done).
 * </ul>
 */
final class GatewayAccessRules {

  /**
   * One row: a method ({@code null} = any), path patterns, and the roles allowed (an empty list =
   * open to anyone, signed in or not).
   */
  record Row(HttpMethod method, List<String> patterns, List<StaffRole> roles) {}

  static final List<Row> ROWS =
      List.of(
          open(null, "/actuator/health", "/actuator/health/**", "/actuator/info"),
          open(null, "/actuator/prometheus"),
          // The event contract and the public keys are for anyone; neither holds data.
          open(HttpMethod.GET, "/asyncapi.yaml", "/.well-known/jwks.json"),
          // The services' OpenAPI documents (committed copies) hold no data either.
          open(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**"),
          // Services authenticate themselves there with the service secret.
          open(HttpMethod.POST, "/api/auth/service-token"),
          // Signing in, and what the login page may offer; the rest of /api/auth needs a sign-in.
          open(HttpMethod.POST, "/api/auth/login"),
          open(HttpMethod.GET, "/api/auth/providers"),
          // RATE-LIMIT HOOK: the customer's own pages (quote acceptance, slot choice) come with the
          // quote work and are public by design; give them their own rate limit (keyed by client
          // address, not user) in the route that serves them before anything else goes here.
          open(null, "/q/**", "/api/public/**"),
          // Users, API tokens and dead letters (customer data; replaying changes state).
          row(null, List.of("/api/admin/**"), StaffRole.OWNER),
          // Connecting a mailbox hands RenOS the company's mail; reconciliation repairs the store.
          row(null, List.of("/api/emails/connections/**"), StaffRole.OWNER),
          row(HttpMethod.POST, List.of("/api/emails/reconciliation"), StaffRole.OWNER),
          row(
              null,
              List.of(
                  "/api/emails/**",
                  "/api/leads/**",
                  "/api/customers/**",
                  "/api/quotes/**",
                  "/api/chat/**",
                  "/api/monitoring/**"),
              StaffRole.OWNER,
              StaffRole.STAFF),
          row(
              null,
              List.of("/api/bookings/**"),
              StaffRole.OWNER,
              StaffRole.STAFF,
              StaffRole.CLEANER));

  private GatewayAccessRules() {}

  /**
   * Applies the rows, then lets the staff web app's files and client routes through (static content
   * without data; what it shows comes from /api/**), then: anything else needs a signed-in user.
   */
  static void apply(AuthorizeExchangeSpec exchanges) {
    for (Row row : ROWS) {
      String[] patterns = row.patterns().toArray(String[]::new);
      AuthorizeExchangeSpec.Access access =
          row.method() == null
              ? exchanges.pathMatchers(patterns)
              : exchanges.pathMatchers(row.method(), patterns);
      if (row.roles().isEmpty()) {
        access.permitAll();
      } else {
        access.hasAnyRole(row.roles().stream().map(StaffRole::name).toArray(String[]::new));
      }
    }
    exchanges.matchers(StaffWebAppRequests.matcher()).permitAll();
    exchanges.anyExchange().authenticated();
  }

  private static Row open(HttpMethod method, String... patterns) {
    return new Row(method, Arrays.asList(patterns), List.of());
  }

  private static Row row(HttpMethod method, List<String> patterns, StaffRole... roles) {
    return new Row(method, patterns, Arrays.asList(roles));
  }
}
