package dk.renos.quote.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AcceptLinksTests {

  private static final String KEY = "k".repeat(40);

  private final AcceptLinks links = new AcceptLinks(settings(KEY));

  @Test
  void theTokenIsReDerivableFromTheNonceSoPreviewAndSentMailAgree() {
    UUID quote = UUID.randomUUID();
    String nonce = links.newNonce();

    assertThat(links.token(quote, nonce)).isEqualTo(links.token(quote, nonce));
    assertThat(links.token(quote, nonce)).matches("[A-Za-z0-9_-]{43}");
    assertThat(links.url(links.token(quote, nonce)))
        .isEqualTo("https://renos.example.dk/q/" + links.token(quote, nonce));
  }

  @Test
  void anotherNonceAnotherQuoteOrAnotherKeyGivesAnotherToken() {
    UUID quote = UUID.randomUUID();
    String nonce = links.newNonce();
    String token = links.token(quote, nonce);

    assertThat(links.newNonce()).isNotEqualTo(nonce);
    assertThat(links.token(quote, links.newNonce())).isNotEqualTo(token);
    assertThat(links.token(UUID.randomUUID(), nonce)).isNotEqualTo(token);
    assertThat(new AcceptLinks(settings("x".repeat(40))).token(quote, nonce)).isNotEqualTo(token);
  }

  @Test
  void onlyTheHashIsStoredAndItDoesNotRevealTheToken() {
    String token = links.token(UUID.randomUUID(), links.newNonce());

    assertThat(AcceptLinks.hash(token)).hasSize(64).doesNotContain(token);
    assertThat(AcceptLinks.hash(token)).isEqualTo(AcceptLinks.hash(token));
    assertThat(AcceptLinks.hash(token + "x")).isNotEqualTo(AcceptLinks.hash(token));
  }

  @Test
  void withoutAKeyLinksAreSignedWithARandomKeyPerStart() {
    UUID quote = UUID.randomUUID();
    String nonce = links.newNonce();

    assertThat(new AcceptLinks(settings(null)).token(quote, nonce))
        .isNotEqualTo(new AcceptLinks(settings(null)).token(quote, nonce));
  }

  private static MailSettings settings(String key) {
    return new MailSettings("https://renos.example.dk/", null, null, null, key, null);
  }
}
