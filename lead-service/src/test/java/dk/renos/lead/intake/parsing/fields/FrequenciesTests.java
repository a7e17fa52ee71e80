package dk.renos.lead.intake.parsing.fields;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.lead.intake.parsing.Frequency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrequenciesTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Hver uge | WEEKLY",
        "ugentlig | WEEKLY",
        "Ugentligt | WEEKLY",
        "1 gang om ugen | WEEKLY",
        "én gang i ugen | WEEKLY",
        "hver fredag | WEEKLY",
        "1x ugen | WEEKLY",
        "Every week | WEEKLY",
        "Hver 14. dag | BIWEEKLY",
        "hver 14 dag | BIWEEKLY",
        "hver fjortende dag | BIWEEKLY",
        "hver anden uge | BIWEEKLY",
        "Hver 2. uge | BIWEEKLY",
        "hveranden uge | BIWEEKLY",
        "2 gange om måneden | BIWEEKLY",
        "14-dages rengøring | BIWEEKLY",
        "every other week | BIWEEKLY",
        "Månedlig | MONTHLY",
        "månedligt | MONTHLY",
        "hver måned | MONTHLY",
        "En gang om måneden | MONTHLY",
        "1 gang pr. måned | MONTHLY",
        "Hver 4. uge | MONTHLY",
        "hver fjerde uge | MONTHLY",
        "Hver 3. uge | null",
        "Kun én gang | null",
        "i næste uge | null",
      })
  void frequencyWordsAndTheirVariants(String text, Frequency expected) {
    assertThat(Frequencies.of(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Kun én gang", "En gang", "1 gang", "Engangsopgave", "Enkelt gang", "Once"})
  void answersMeaningJustOnce(String answer) {
    assertThat(Frequencies.isOneOffAnswer(answer)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Hver uge", "Hver 14. dag", "Månedlig"})
  void recurringAnswersAreNotOnce(String answer) {
    assertThat(Frequencies.isOneOffAnswer(answer)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "-", "Ved ikke", "ikke oplyst", "?", "Andet"})
  void emptyOrMeaninglessAnswers(String answer) {
    assertThat(Frequencies.isNoAnswer(answer)).isTrue();
  }
}
