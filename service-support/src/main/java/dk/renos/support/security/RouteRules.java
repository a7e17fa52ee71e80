package dk.renos.support.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;

/**
 * One service's table of who may call which of its routes, declared once as a bean and applied by
 * {@link ServiceSecurityAutoConfiguration}. {@link Role#OWNER} may call every route, so a rule
 * names only who else may; a route no rule matches is for the owner alone. The first matching rule
 * wins, so put narrow rules before broad ones.
 *
 * <pre>{@code
 * @Bean
 * RouteRules routeRules() {
 *   return RouteRules.of(
 *       rule(GET, "/api/leads/**", STAFF),
 *       rule(GET, "/api/bookings/slots", STAFF, SERVICE));
 * }
 * }</pre>
 *
 * Before these rules come the ones every service shares: actuator health, info and Prometheus and
 * the OpenAPI document are open; {@code /api/admin/**} (dead letters) is the owner's.
 */
public final class RouteRules {

  private final List<Rule> rules;

  private RouteRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static RouteRules of(Rule... rules) {
    return new RouteRules(Arrays.asList(rules));
  }

  /** No route but the shared ones: everything is the owner's. */
  public static RouteRules ownerOnly() {
    return new RouteRules(List.of());
  }

  /**
   * {@code method} on paths matching {@code pattern} (Spring's PathPattern: {@code /api/leads/**}
   * also matches {@code /api/leads}) is open to the owner and {@code roles}.
   */
  public static Rule rule(HttpMethod method, String pattern, Role... roles) {
    return new Rule(method, pattern, withOwner(roles));
  }

  /** Every method on paths matching {@code pattern}. */
  public static Rule anyMethod(String pattern, Role... roles) {
    return new Rule(null, pattern, withOwner(roles));
  }

  public List<Rule> rules() {
    return rules;
  }

  private static Set<Role> withOwner(Role... roles) {
    EnumSet<Role> all = EnumSet.of(Role.OWNER);
    all.addAll(Arrays.asList(roles));
    return all;
  }

  /**
   * One row of the table.
   *
   * @param method the HTTP method, or {@code null} for any
   * @param pattern the path pattern
   * @param roles who may call it (always including the owner)
   */
  public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

    public Rule {
      roles = Set.copyOf(roles);
    }

    /** The role names, in {@link Role} order. */
    public String[] roleNames() {
      return EnumSet.copyOf(roles).stream().map(Role::name).toArray(String[]::new);
    }

    @Override
    public String toString() {
      return (method == null ? "*" : method.name())
          + " "
          + pattern
          + " -> "
          + EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }
  }
}
