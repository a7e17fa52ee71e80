package dk.renos.email.gmail.connection;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Fresh token-encryption keys for tests, in the format {@code ./renos} writes to {@code
 * .renos/secrets/gmail-token-key}: 32 random bytes, base64.
 */
public final class TestTokenKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestTokenKeys() {}

  public static String newBase64Key() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
