package dk.renos.gateway.staff;

/** A row of {@code gateway.staff_user}. The hash is bcrypt; the password itself is never stored. */
public record StaffUser(String username, String passwordHash, StaffRole role, boolean enabled) {

  @Override
  public String toString() {
    return "StaffUser[username=" + username + ", role=" + role + ", enabled=" + enabled + "]";
  }
}
