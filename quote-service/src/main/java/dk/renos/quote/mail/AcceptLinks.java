package dk.renos.quote.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The customer's accept link {@code <publicBaseUrl>/q/<token>}. The token is an HMAC-SHA256 of the
 * quote id and a random nonce under a secret key: unguessable without the key, re-derivable from
 * the stored nonce (so the preview and the sent mail are the same text without storing the token),
 * and only its SHA-256 is stored for the lookup. A new nonce (a re-prepared mail) makes the old
 * link invalid.
 */
@Component
public class AcceptLinks {

  private static final Logger log = LoggerFactory.getLogger(AcceptLinks.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final String baseUrl;

  AcceptLinks(MailSettings settings) {
    this.baseUrl = settings.publicBaseUrl();
    if (settings.linkKey() == null || settings.linkKey().length() < 32) {
      log.warn(
          "RENOS_QUOTE_LINK_KEY unset or shorter than 32 characters: accept links are signed with a"
              + " random key and stop working when quote-service restarts");
      this.key = new byte[32];
      RANDOM.nextBytes(key);
    } else {
      this.key = settings.linkKey().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A fresh nonce for a quote's link. */
  public String newNonce() {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    return URL.encodeToString(nonce);
  }

  public String token(UUID quoteId, String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return URL.encodeToString(
          mac.doFinal(("quote-accept:" + quoteId + ":" + nonce).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  public String url(String token) {
    return baseUrl + "/q/" + token;
  }

  /** What is stored and looked up: hex SHA-256 of the token. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
