package dk.renos.email.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SenderBlocklistTests {

  private final SenderBlocklist blocklist =
      new SenderBlocklist(List.of(" noreply@Example.com ", "spam.dk", "@newsletter.io", ""));

  @Test
  void aListedAddressIsBlockedWhateverItsCase() {
    assertThat(blocklist.blocks("NoReply@example.com")).isTrue();
    assertThat(blocklist.blocks("sales@example.com")).isFalse();
  }

  @Test
  void aListedDomainBlocksItsSubdomainsButNotLookalikes() {
    assertThat(blocklist.blocks("a@spam.dk")).isTrue();
    assertThat(blocklist.blocks("a@mail.spam.dk")).isTrue();
    assertThat(blocklist.blocks("a@notspam.dk")).isFalse();
    assertThat(blocklist.blocks("a@newsletter.io")).isTrue();
  }

  @Test
  void anEmptyListBlocksNothing() {
    assertThat(new SenderBlocklist(List.of()).blocks("a@b.dk")).isFalse();
  }
}
