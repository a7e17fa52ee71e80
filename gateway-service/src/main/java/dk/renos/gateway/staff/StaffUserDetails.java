package dk.renos.gateway.staff;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A staff user as Spring Security's password check sees it, with the role and team kept. */
public final class StaffUserDetails extends User {

  private final StaffRole role;
  private final String team;

  public StaffUserDetails(StaffUser user) {
    super(
        user.username(),
        user.passwordHash(),
        user.enabled(),
        true,
        true,
        true,
        List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    this.role = user.role();
    this.team = user.team();
  }

  public StaffRole role() {
    return role;
  }

  public String team() {
    return team;
  }
}
