package dk.renos.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * A secret the local stack needs: taken from its environment variable when set; otherwise generated
 * once per data folder and kept in {@code secrets/<file>} (mode 600), never in the repo.
 *
 * @param envName the variable that overrides it
 * @param fileName its file under the data folder's {@code secrets/}
 * @param randomBytes how many random bytes a generated value has
 * @param encoder how those bytes are written
 */
record LocalSecret(String envName, String fileName, int randomBytes, Base64.Encoder encoder) {

  /** The gateway's first staff login. */
  static final LocalSecret ADMIN_PASSWORD =
      new LocalSecret(
          "RENOS_ADMIN_PASSWORD", "admin-password", 15, Base64.getUrlEncoder().withoutPadding());

  /** The AES-256 key email-ingest-service encrypts Gmail refresh tokens and keys with. */
  static final LocalSecret GMAIL_TOKEN_KEY =
      new LocalSecret("RENOS_GMAIL_TOKEN_KEY", "gmail-token-key", 32, Base64.getEncoder());

  String resolve(StackConfig config, Map<String, String> env) {
    String configured = env.get(envName);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path file = file(config);
    try {
      if (Files.exists(file)) {
        return Files.readString(file).trim();
      }
      Files.createDirectories(file.getParent());
      byte[] random = new byte[randomBytes];
      new SecureRandom().nextBytes(random);
      String value = encoder.encodeToString(random);
      Files.writeString(file, value + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep " + fileName + " in " + file, e);
    }
  }

  Path file(StackConfig config) {
    return config.secretsDir().resolve(fileName);
  }
}
