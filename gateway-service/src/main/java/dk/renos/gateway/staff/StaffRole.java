package dk.renos.gateway.staff;

/**
 * What a staff user may do; stored by name in {@code staff_user.role} and carried to services in
 * the token's {@code roles} claim (the same names as service-support's {@code Role}).
 */
public enum StaffRole {
  /** Everything: users, tokens, settings, connections, dead letters. */
  OWNER,
  /** Leads, customers, quotes, bookings, mail, assistant. */
  STAFF,
  /** Their own team's coming visits; marking one done. */
  CLEANER
}
