package dk.renos.email.gmail.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenCipherTests {

  private final TokenCipher cipher = TokenCipher.fromBase64(TestTokenKeys.newBase64Key());

  @Test
  void aSecretRoundTripsAndIsNotStoredInTheClear() {
    byte[] sealed = cipher.encrypt("1//refresh-token-æøå", "gmail-connection:a");

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("refresh-token");
    assertThat(cipher.decrypt(sealed, "gmail-connection:a")).isEqualTo("1//refresh-token-æøå");
  }

  @Test
  void theSameSecretEncryptsDifferentlyEachTime() {
    assertThat(cipher.encrypt("token", "x")).isNotEqualTo(cipher.encrypt("token", "x"));
  }

  @Test
  void aCiphertextCopiedToAnotherConnectionDoesNotOpen() {
    byte[] sealed = cipher.encrypt("token", "gmail-connection:a");

    assertThatThrownBy(() -> cipher.decrypt(sealed, "gmail-connection:b"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyOrAlteredBytesDoNotOpen() {
    byte[] sealed = cipher.encrypt("token", "x");
    TokenCipher other = TokenCipher.fromBase64(TestTokenKeys.newBase64Key());
    byte[] altered = sealed.clone();
    altered[altered.length - 1] ^= 1;

    assertThatThrownBy(() -> other.decrypt(sealed, "x"))
        .hasMessageContaining("RENOS_GMAIL_TOKEN_KEY");
    assertThatThrownBy(() -> cipher.decrypt(altered, "x"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyOfTheWrongLengthIsRefusedWithTheReason() {
    assertThatThrownBy(() -> TokenCipher.fromBase64("c2hvcnQ=")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> TokenCipher.fromBase64("not base64!"))
        .hasMessageContaining("RENOS_GMAIL_TOKEN_KEY");
  }
}
