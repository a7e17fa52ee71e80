package dk.renos.quote.staff;

import dk.renos.support.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for the quote's history and commands: the user named in the gateway's signed token
 * (service-support's {@link CurrentUser}); outside a request (a Kafka listener, a scheduled job) it
 * is {@code "api"}. The one place quote-service knows how.
 */
@Component
public class CurrentStaff {

  static final String ANONYMOUS = "api";
  static final int MAX_LENGTH = 100;

  /** The staff user's name, at most 100 characters; {@code "api"} outside a request. */
  public String name() {
    String user = CurrentUser.current().map(CurrentUser::username).orElse(ANONYMOUS);
    return user.length() > MAX_LENGTH ? user.substring(0, MAX_LENGTH) : user;
  }
}
