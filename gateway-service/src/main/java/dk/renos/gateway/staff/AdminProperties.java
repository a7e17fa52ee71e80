package dk.renos.gateway.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bootstrap administrator ({@code RENOS_ADMIN_USER}, {@code RENOS_ADMIN_PASSWORD}).
 *
 * @param user user name, default {@code admin}
 * @param password plain password from the environment; when blank no user is created
 */
@ConfigurationProperties("renos.gateway.admin")
public record AdminProperties(String user, String password) {

  public AdminProperties {
    user = (user == null || user.isBlank()) ? "admin" : user.trim();
  }

  public boolean hasPassword() {
    return password != null && !password.isBlank();
  }

  @Override
  public String toString() {
    return "AdminProperties[user="
        + user
        + ", password="
        + (hasPassword() ? "****" : "<unset>")
        + "]";
  }
}
