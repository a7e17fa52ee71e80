package dk.renos.gateway.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On startup, creates or resets the owner (the first staff user) from {@code RENOS_ADMIN_PASSWORD},
 * so a fresh installation has someone who can log in. Runs before the application reports ready.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final AdminProperties admin;
  private final StaffUserRepository users;
  private final PasswordEncoder passwordEncoder;

  public AdminBootstrap(
      AdminProperties admin, StaffUserRepository users, PasswordEncoder passwordEncoder) {
    this.admin = admin;
    this.users = users;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (admin.hasPassword()) {
      users.upsert(admin.user(), passwordEncoder.encode(admin.password()), StaffRole.OWNER);
      log.info("Administrator '{}' is set from RENOS_ADMIN_PASSWORD", admin.user());
    } else if (users.count() == 0) {
      log.warn(
          "No staff user exists and RENOS_ADMIN_PASSWORD is not set: nobody can log in "
              + "until the gateway is started with RENOS_ADMIN_PASSWORD");
    }
  }
}
