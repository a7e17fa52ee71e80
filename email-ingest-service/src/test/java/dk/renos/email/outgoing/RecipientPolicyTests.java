package dk.renos.email.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DOMAIN.md: nothing is ever sent to @leadmail.no or @adhelp.dk, and only to one valid address. */
class RecipientPolicyTests {

  private final RecipientPolicy policy = new RecipientPolicy();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "noreply@leadmail.no",
        "kunde@LEADMAIL.NO",
        "x@mail.leadmail.no",
        "a@b.c.leadmail.no"
      })
  void leadmailAndItsSubdomainsAreRefused(String to) {
    RecipientPolicy.Verdict verdict = policy.check(to);

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reason()).contains("leadmail.no").doesNotContain(to);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x@adhelp.dk",
        "x@ADHELP.DK",
        "Lead@AdHelp.Dk",
        "x@sub.adhelp.dk",
        "x@sub.ADHELP.dk"
      })
  void adhelpAndItsSubdomainsAreRefusedInAnyCase(String to) {
    RecipientPolicy.Verdict verdict = policy.check(to);

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reason()).contains("adhelp.dk").doesNotContain(to);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mette.hansen@example.dk",
        "soren.ostergaard@gmail.com",
        "kunde@leadpoint.dk",
        "x@notadhelp.dk",
        "x@adhelp.dk.example.com",
        "x@leadmail.no.example.dk",
        "first.last+tag@sub.example.co.uk",
        "  padded@example.dk  "
      })
  void ordinaryAddressesAreAllowed(String to) {
    RecipientPolicy.Verdict verdict = policy.check(to);

    assertThat(verdict.allowed()).as(to).isTrue();
    assertThat(verdict.address()).isEqualTo(to.strip());
    assertThat(verdict.reason()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "not an address",
        "kunde",
        "kunde@",
        "@example.dk",
        "kunde@localhost",
        "a@example.dk, b@example.dk",
        "a@example.dk b@example.dk",
        "Mette <mette@example.dk>",
        "<mette@example.dk>",
        "mette@example.dk\r\nBcc: x@example.dk",
        "mette@exa mple.dk",
        "mette@[127.0.0.1]",
        "mette@example.dk.",
        "team: a@example.dk, b@example.dk;",
        "x@adhelp.dk, kunde@example.dk"
      })
  void anythingButOneValidBareAddressIsRefused(String to) {
    RecipientPolicy.Verdict verdict = policy.check(to);

    assertThat(verdict.allowed()).as("[%s]", to).isFalse();
    assertThat(verdict.reason()).isNotBlank();
  }

  @Test
  void nullIsRefused() {
    assertThat(policy.check(null).allowed()).isFalse();
  }

  @Test
  void leadPortalSendersAreRecognisedForTheReplyRule() {
    assertThat(policy.isLeadPortal("noreply@leadmail.no")).isTrue();
    assertThat(policy.isLeadPortal("Leads@Mail.AdHelp.DK")).isTrue();
    assertThat(policy.isLeadPortal("noreply@leadpoint.dk"))
        .isFalse(); // Rengøring Aarhus: reply in the thread
    assertThat(policy.isLeadPortal("kunde@example.dk")).isFalse();
    assertThat(policy.isLeadPortal(null)).isFalse();
  }
}
