package dk.renos.gateway.staff;

import java.time.Instant;

/**
 * A row of {@code gateway.staff_user}. The hash is never the password itself.
 *
 * @param team a cleaner's team, else {@code null}
 * @param email the address a Google identity must have to sign in as this user, if invited
 * @param signIn how this user signs in: {@code PASSWORD} or {@code GOOGLE}
 * @param passwordHash the adaptive hash ({@code {argon2}...}, or an older bcrypt one); null for a
 *     Google-only user
 * @param mustChangePassword the password was set by an owner's reset and works only to change it
 * @param sessionsNotBefore sessions started before this instant are over; null = none ended
 */
public record StaffUser(
    long id,
    String username,
    String displayName,
    String email,
    SignInMethod signIn,
    String passwordHash,
    StaffRole role,
    String team,
    boolean enabled,
    boolean mustChangePassword,
    Instant sessionsNotBefore,
    Instant createdAt) {

  /** The name the web app shows: the display name, else the user name. */
  public String shownName() {
    return displayName != null && !displayName.isBlank() ? displayName : username;
  }

  @Override
  public String toString() {
    return "StaffUser[id="
        + id
        + ", username="
        + username
        + ", role="
        + role
        + ", team="
        + team
        + ", enabled="
        + enabled
        + "]";
  }
}
