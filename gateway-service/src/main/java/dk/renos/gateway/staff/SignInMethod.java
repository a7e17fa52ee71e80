package dk.renos.gateway.staff;

/** How a staff user signs in; stored in {@code staff_user.sign_in}. */
public enum SignInMethod {
  /** A local password, hashed here. */
  PASSWORD,
  /** An invited Google (OIDC) identity with this user's email; no password here. */
  GOOGLE
}
