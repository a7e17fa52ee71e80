package dk.renos.gateway.staff;

/** What a staff user may do; stored by name in {@code staff_user.role}. */
public enum StaffRole {
  ADMIN,
  STAFF
}
