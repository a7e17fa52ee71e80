package dk.renos.gateway.signin;

/** What the gateway keeps in a browser session besides Spring Security's context. */
public final class SessionAttributes {

  /** Epoch millis of the sign-in: the absolute timeout counts from here. */
  public static final String SIGNED_IN_AT = "renos.signedInAt";

  /**
   * Epoch millis from which this session counts as started for "logout everywhere": a session whose
   * value is before the user's {@code sessions_not_before} is over.
   */
  public static final String VALID_FROM = "renos.validFrom";

  private SessionAttributes() {}
}
