package dk.renos.gateway.staff;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id (Spring Security's defaults since 5.8: 16 MiB memory, 2
 * iterations, 1 lane, 16-byte salt, 32-byte hash; tens of milliseconds per hash on this hardware),
 * stored as {@code {argon2}...}. Hashes without an id are the bcrypt ones of the first version
 * ({@code $2a$}/{@code $2y$}, cost 10): they still verify, and are replaced by an Argon2 hash at
 * the user's next sign-in ({@link PasswordEncoder#upgradeEncoding}).
 */
public final class PasswordHashing {

  public static final String CURRENT = "argon2";

  private PasswordHashing() {}

  public static PasswordEncoder encoder() {
    PasswordEncoder bcrypt = new BCryptPasswordEncoder();
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder(
            CURRENT,
            Map.of(
                CURRENT, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", bcrypt));
    encoder.setDefaultPasswordEncoderForMatches(bcrypt);
    return encoder;
  }
}
