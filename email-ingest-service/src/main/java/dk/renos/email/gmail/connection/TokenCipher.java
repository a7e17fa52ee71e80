package dk.renos.email.gmail.connection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts mailbox secrets (refresh tokens, service-account keys) at rest with AES-256-GCM. The key
 * comes from the environment ({@code RENOS_GMAIL_TOKEN_KEY}); the ciphertext is {@code version |
 * nonce | sealed} so the format can change later. The connection id is bound in as associated data:
 * a ciphertext copied onto another connection's row does not decrypt.
 */
public final class TokenCipher {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private TokenCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException(
          "the token key must be 32 bytes (base64 of 32 random bytes), was " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * @throws IllegalArgumentException when {@code base64Key} is not base64 of 32 bytes
   */
  public static TokenCipher fromBase64(String base64Key) {
    try {
      return new TokenCipher(Base64.getDecoder().decode(base64Key.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "RENOS_GMAIL_TOKEN_KEY is not valid: " + e.getMessage(), e);
    }
  }

  public byte[] encrypt(String secret, String associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws IllegalStateException when the ciphertext was made with another key or has been altered
   */
  public String decrypt(byte[] ciphertext, String associatedData) {
    if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != VERSION) {
      throw new IllegalStateException("stored secret has an unknown format");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] plain =
          cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "stored secret cannot be decrypted: wrong RENOS_GMAIL_TOKEN_KEY or altered data", e);
    }
  }
}
