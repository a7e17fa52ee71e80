package dk.renos.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A secret the local stack needs: taken from its environment variable when set; otherwise generated
 * once per data folder and kept in {@code secrets/<file>} (mode 600), never in the repo.
 *
 * @param envName the variable that overrides it
 * @param fileName its file under the data folder's {@code secrets/}
 * @param generator makes a new value
 */
record LocalSecret(String envName, String fileName, Supplier<String> generator) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The gateway's first staff login (the owner). */
  static final LocalSecret ADMIN_PASSWORD =
      new LocalSecret(
          "RENOS_ADMIN_PASSWORD",
          "admin-password",
          () -> random(15, Base64.getUrlEncoder().withoutPadding()));

  /** The AES-256 key email-ingest-service encrypts Gmail refresh tokens and keys with. */
  static final LocalSecret GMAIL_TOKEN_KEY =
      new LocalSecret(
          "RENOS_GMAIL_TOKEN_KEY", "gmail-token-key", () -> random(32, Base64.getEncoder()));

  /**
   * The EC P-256 key the gateway signs every service token with (PKCS#8 PEM, with its public key
   * beside it).
   */
  static final LocalSecret GATEWAY_SIGNING_KEY =
      new LocalSecret(
          "RENOS_GATEWAY_SIGNING_KEY", "gateway-signing-key.pem", LocalSecret::ecSigningKeyPem);

  /** What services show the gateway to get a token of their own (service-to-service calls). */
  static final LocalSecret SERVICE_SECRET =
      new LocalSecret(
          "RENOS_SERVICE_SECRET",
          "service-secret",
          () -> random(32, Base64.getUrlEncoder().withoutPadding()));

  /**
   * The install's owner API token, for scripts, the benchmarks and the system test ({@code
   * Authorization: Bearer $(cat .renos/secrets/api-token)}); the gateway stores only its hash.
   */
  static final LocalSecret API_TOKEN =
      new LocalSecret(
          "RENOS_BOOTSTRAP_API_TOKEN",
          "api-token",
          () -> "renos_pat_" + random(32, Base64.getUrlEncoder().withoutPadding()));

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
      String value = generator.get();
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

  static String random(int bytes, Base64.Encoder encoder) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return encoder.encodeToString(random);
  }

  /** A new P-256 key pair as PEM: the PKCS#8 private key, then the X.509 public key. */
  static String ecSigningKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      KeyPair pair = generator.generateKeyPair();
      return pem("PRIVATE KEY", pair.getPrivate().getEncoded())
          + pem("PUBLIC KEY", pair.getPublic().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make an EC P-256 key", e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
