package dk.renos.support.security;

/**
 * The contract of the token the gateway signs for every request it passes on (and for service
 * calls): an ES256 JWT with these claims. The gateway writes it, every service checks it.
 */
public final class GatewayToken {

  /** {@code iss}: who signed it. */
  public static final String ISSUER = "renos-gateway";

  /** {@code aud}: who may accept it. */
  public static final String AUDIENCE = "renos-services";

  /** The user's (or calling service's) roles, a JSON array of {@link Role} names. */
  public static final String ROLES_CLAIM = "roles";

  /** A cleaner's team, e.g. {@code team-1}; absent for everyone else. */
  public static final String TEAM_CLAIM = "team";

  /**
   * How the person signed in at the gateway ({@code PASSWORD}, {@code GOOGLE}, {@code TOKEN}, or
   * {@code SERVICE} for a service token); informative.
   */
  public static final String AUTHENTICATED_BY_CLAIM = "amr";

  /** Where the gateway publishes its public keys (no sign-in needed). */
  public static final String JWKS_PATH = "/.well-known/jwks.json";

  /** Where a service asks the gateway for a token of its own (client credentials). */
  public static final String SERVICE_TOKEN_PATH = "/api/auth/service-token";

  private GatewayToken() {}
}
