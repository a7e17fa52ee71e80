package dk.renos.support.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the gateway's verified token: never from a header a caller can set. Take it
 * as a controller parameter ({@code CurrentUser user}) or ask {@link #current()}.
 *
 * @param username the token's {@code sub}: the staff user's name, or a service's name for a service
 *     token
 * @param roles the roles the token grants (unknown names are ignored)
 * @param team a cleaner's team ({@code team-1}), else {@code null}
 * @param requestId the token's {@code jti}: the gateway's id for this request
 */
public record CurrentUser(String username, Set<Role> roles, String team, String requestId) {

  public CurrentUser {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** True for a service token (no person behind the call). */
  public boolean isService() {
    return roles.contains(Role.SERVICE);
  }

  /** The caller of the request this thread is serving, when it came with a verified token. */
  public static Optional<CurrentUser> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      return Optional.of(from(token.getToken()));
    }
    return Optional.empty();
  }

  /** The user a verified token names. */
  public static CurrentUser from(Jwt jwt) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    Object claim = jwt.getClaims().get(GatewayToken.ROLES_CLAIM);
    if (claim instanceof Collection<?> names) {
      for (Object name : names) {
        for (Role role : Role.values()) {
          if (role.name().equals(String.valueOf(name))) {
            roles.add(role);
          }
        }
      }
    }
    return new CurrentUser(
        jwt.getSubject(), roles, jwt.getClaimAsString(GatewayToken.TEAM_CLAIM), jwt.getId());
  }
}
