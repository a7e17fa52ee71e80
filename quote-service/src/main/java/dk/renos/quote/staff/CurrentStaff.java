package dk.renos.quote.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is asking, for the quote's history and commands. The one place that knows how: today the
 * gateway puts the authenticated staff user's name into {@code X-Renos-User} (gateway-service's
 * {@code StaffIdentityFilter}); a request without it (a direct call) is {@code "api"}. When
 * services verify callers themselves, only this class changes.
 */
@Component
public class CurrentStaff {

  public static final String HEADER = "X-Renos-User";
  static final String ANONYMOUS = "api";
  static final int MAX_LENGTH = 100;

  /** The staff user's name, at most 100 characters; {@code "api"} outside a request. */
  public String name() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return ANONYMOUS;
    }
    HttpServletRequest request = attrs.getRequest();
    String user = request.getHeader(HEADER);
    if (user == null || user.isBlank()) {
      return ANONYMOUS;
    }
    user = user.strip();
    return user.length() > MAX_LENGTH ? user.substring(0, MAX_LENGTH) : user;
  }
}
