package dk.renos.gateway.staff;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * The {@link GatewayIdentity} behind a Spring Security authentication, whichever way it signed in.
 */
public final class GatewayIdentities {

  private GatewayIdentities() {}

  public static Optional<GatewayIdentity> of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    Object principal = authentication.getPrincipal();
    if (principal instanceof GatewayIdentity identity) {
      return Optional.of(identity);
    }
    if (principal instanceof StaffUserDetails user) {
      return Optional.of(
          new GatewayIdentity(
              user.getUsername(), user.role(), user.team(), AuthenticatedBy.PASSWORD));
    }
    return Optional.empty();
  }
}
