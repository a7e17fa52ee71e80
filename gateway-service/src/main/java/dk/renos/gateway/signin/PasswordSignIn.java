package dk.renos.gateway.signin;

import dk.renos.gateway.staff.SignInMethod;
import dk.renos.gateway.staff.StaffUser;
import dk.renos.gateway.staff.StaffUserRepository;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks a user name and password against {@code gateway.staff_user}, off the event loop (JDBC and
 * the hash both block). An unknown user costs the same hash as a known one, so the answer's timing
 * does not tell which names exist; a disabled or Google-only account fails like a wrong password. A
 * correct password under an old hash (bcrypt) is re-hashed with the current one.
 */
public final class PasswordSignIn {

  private final StaffUserRepository users;
  private final PasswordEncoder encoder;
  private final String dummyHash;

  public PasswordSignIn(StaffUserRepository users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
    this.dummyHash = encoder.encode("not anyone's password, only for timing");
  }

  /** The user when the password is theirs and they may sign in with it; else empty. */
  public Mono<StaffUser> verify(String username, String password) {
    return Mono.fromCallable(() -> check(username, password))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(Mono::justOrEmpty);
  }

  /** The same check, blocking. */
  public Optional<StaffUser> check(String username, String password) {
    if (username == null || password == null || username.isBlank()) {
      encoder.matches("x", dummyHash);
      return Optional.empty();
    }
    Optional<StaffUser> found = users.findByUsername(username.strip());
    if (found.isEmpty() || found.get().passwordHash() == null) {
      encoder.matches(password, dummyHash);
      return Optional.empty();
    }
    StaffUser user = found.get();
    if (!encoder.matches(password, user.passwordHash())
        || !user.enabled()
        || user.signIn() != SignInMethod.PASSWORD) {
      return Optional.empty();
    }
    if (encoder.upgradeEncoding(user.passwordHash())) {
      users.upgradeHash(user.id(), encoder.encode(password));
    }
    return Optional.of(user);
  }
}
