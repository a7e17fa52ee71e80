package dk.renos.gateway.staff;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who a request at the gateway is from, once signed in: what goes into the token for the service
 * ({@code sub}, {@code roles}, {@code team}). Serializable, because it lives in the session.
 *
 * @param username the staff user's name, or {@code token:<name>} for an API token
 * @param role the role the service sees
 * @param team a cleaner's team, else {@code null}
 * @param authenticatedBy how the caller signed in
 */
public record GatewayIdentity(
    String username, StaffRole role, String team, AuthenticatedBy authenticatedBy)
    implements Principal, Serializable {

  @Override
  public String getName() {
    return username;
  }
}
