package dk.renos.lead.intake.parsing.fields;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.lead.intake.parsing.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceWordsTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Fast rengøring | RECURRING",
        "faste rengøring | RECURRING",
        "løbende rengøring | RECURRING",
        "Privat rengøring | RECURRING",
        "privatrengøring | RECURRING",
        "almindelig rengøring | RECURRING",
        "hjemmerengøring | RECURRING",
        "fast rengøringshjælp | RECURRING",
        "Hovedrengøring | DEEP_CLEAN",
        "hoved-rengøring | DEEP_CLEAN",
        "HOVEDRENGORING | DEEP_CLEAN",
        "grundrengøring | DEEP_CLEAN",
        "Flytterengøring | MOVE_OUT",
        "flytte-rengøring | MOVE_OUT",
        "Fraflytning | MOVE_OUT",
        "fraflytningsrengøring | MOVE_OUT",
        "vi flytter ud | MOVE_OUT",
        "FLYTTERENGORING | MOVE_OUT",
        "Engangsopgave | ONE_OFF",
        "engangsrengøring | ONE_OFF",
        "Erhverv | OFFICE",
        "Erhvervsrengøring | OFFICE",
        "Kontorrengøring | OFFICE",
        "rengøring af vores kontor | OFFICE",
        "Vinduespolering | WINDOWS",
        "Vinduespudsning | WINDOWS",
        "vinduesvask | WINDOWS",
        "pudse vores vinduer | WINDOWS",
      })
  void eachServiceWordAndItsVariantsNameOneType(String text, ServiceType expected) {
    assertThat(ServiceWords.types(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Kontorvej 3, 8000 Aarhus", "Kontorgade 12, 5000 Odense C"})
  void streetNamesDoNotNameAService(String text) {
    assertThat(ServiceWords.types(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"hovedrengøring og fast rengøring", "flytterengøring og vinduespudsning"})
  void twoServicesAreBothFound(String text) {
    assertThat(ServiceWords.types(text)).hasSize(2);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en lejlighed på 3 værelser | Lejlighed",
        "vores rækkehus | Rækkehus",
        "et parcelhus | Parcelhus",
        "huset er stort | Hus",
      })
  void propertyTypeWords(String text, String expected) {
    assertThat(ServiceWords.propertyType(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tilbud på tagrender", "Nyhedsbrev for december"})
  void mailWithoutCleaningWords(String text) {
    assertThat(ServiceWords.mentionsCleaning(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"gøre rent", "Rengøring", "RENGORING", "pudse vinduer"})
  void cleaningWords(String text) {
    assertThat(ServiceWords.mentionsCleaning(text)).isTrue();
  }
}
