package dk.renos.support.security;

/**
 * Who a caller is, as the gateway's token says ({@code roles} claim). Spring Security sees each as
 * the authority {@code ROLE_<name>}.
 *
 * <ul>
 *   <li>{@link #OWNER}: everything, including users, settings, connections and dead letters;
 *   <li>{@link #STAFF}: the office's daily work: leads, customers, quotes, bookings, mail,
 *       assistant;
 *   <li>{@link #CLEANER}: their own team's coming visits and marking one done, nothing else;
 *   <li>{@link #SERVICE}: another RenOS service calling without a person behind it (e.g. from a
 *       Kafka listener); accepted only on routes that name it.
 * </ul>
 */
public enum Role {
  OWNER,
  STAFF,
  CLEANER,
  SERVICE;

  /** The Spring Security authority, {@code ROLE_OWNER} etc. */
  public String authority() {
    return "ROLE_" + name();
  }
}
