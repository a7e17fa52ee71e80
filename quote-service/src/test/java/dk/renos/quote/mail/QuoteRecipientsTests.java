package dk.renos.quote.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.quote.customer.CustomerContact;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lead source's reply rule (DOMAIN.md): whom a quote goes to, and as reply or new mail. */
class QuoteRecipientsTests {

  private static final UUID THREAD = UUID.randomUUID();

  @ParameterizedTest
  @ValueSource(strings = {"RENGORING_NU", "ADHELP"})
  void portalLeadsGetANewMailToTheCustomersOwnAddress(String source) {
    assertThat(QuoteRecipients.of(source, THREAD, contact("Kunde@Example.DK ")))
        .isEqualTo(new QuoteRecipients.Recipient(Optional.of("kunde@example.dk"), null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RENGORING_AARHUS", "WEBSITE"})
  void leadpointWebsiteAndDirectMailAreAnsweredInTheLeadsThread(String source) {
    assertThat(QuoteRecipients.of(source, THREAD, contact("kunde@example.dk")))
        .isEqualTo(new QuoteRecipients.Recipient(Optional.of("kunde@example.dk"), THREAD));
  }

  @Test
  void aLeadEnteredByHandHasNoThreadSoItIsANewMail() {
    assertThat(QuoteRecipients.of("WEBSITE", null, contact("kunde@example.dk")).threadId())
        .isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "noreply@leadmail.no",
        "x@relay.leadmail.no",
        "leads@adhelp.dk",
        "LEADS@AdHelp.DK",
        "a@mail.adhelp.dk"
      })
  void nothingIsEverAddressedToLeadmailOrAdhelp(String portal) {
    for (String source : new String[] {"RENGORING_NU", "ADHELP", "RENGORING_AARHUS", "WEBSITE"}) {
      assertThat(QuoteRecipients.of(source, THREAD, contact(portal)).to()).as(source).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not-an-address", "a@b", "a@b.dk, c@d.dk", "x y@z.dk"})
  void noUsableAddressMeansNoRecipientStaffMustCall(String address) {
    assertThat(QuoteRecipients.of("WEBSITE", THREAD, contact(address)).to()).isEmpty();
  }

  @Test
  void anUnknownCustomerHasNoRecipient() {
    assertThat(QuoteRecipients.of("WEBSITE", THREAD, null).to()).isEmpty();
    assertThat(QuoteRecipients.of("WEBSITE", THREAD, contact(null)).to()).isEmpty();
  }

  private static CustomerContact contact(String email) {
    return new CustomerContact(UUID.randomUUID(), "Mette Hansen", email, null, Instant.now());
  }
}
