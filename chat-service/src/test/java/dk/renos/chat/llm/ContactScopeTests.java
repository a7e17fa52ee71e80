package dk.renos.chat.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contact details reach the model only when the question asks for that detail. */
class ContactScopeTests {

  @Test
  void aQuestionAboutLeadsAllowsNoContactDetails() {
    assertThat(ContactScope.of("Hvilke leads kom i dag fra Rengøring.nu?"))
        .isEqualTo(new ContactScope(false, false, false));
  }

  @Test
  void eachDetailIsAllowedOnlyWhenAskedFor() {
    assertThat(ContactScope.of("Hvad er telefonnummeret på Jens Hansen?"))
        .isEqualTo(new ContactScope(false, true, false));
    assertThat(ContactScope.of("Hvilken e-mail har Mette?"))
        .isEqualTo(new ContactScope(true, false, false));
    assertThat(ContactScope.of("Hvor bor familien Larsen?"))
        .isEqualTo(new ContactScope(false, false, true));
  }

  @Test
  void aMailAddressIsNotAStreetAddress() {
    assertThat(ContactScope.of("Hvad er mailadressen på Jens?"))
        .isEqualTo(new ContactScope(true, false, false));
    assertThat(ContactScope.of("Giv mig e-mail-adressen på Jens"))
        .isEqualTo(new ContactScope(true, false, false));
  }
}
