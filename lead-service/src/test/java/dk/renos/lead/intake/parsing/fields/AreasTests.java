package dk.renos.lead.intake.parsing.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreasTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "120 | 120",
        "120 m2 | 120",
        "120m2 | 120",
        "120 m² | 120",
        "120m² | 120",
        "120 kvm | 120",
        "120 kvm. | 120",
        "120 kvadratmeter | 120",
        "ca. 120 | 120",
        "ca 120 m2 | 120",
        "Cirka 120 m2 | 120",
        "98,5 | 99",
        "98.5 m2 | 99",
        "1.200 m2 | 1200",
        "80-90 m2 | 90",
        "80 til 90 | 90",
        "ved ikke | null",
        "- | null",
      })
  void aLabelledValueIsReadWithOrWithoutAUnit(String value, Integer expected) {
    assertThat(Areas.fromValue(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "lejlighed på 78m2 i Aarhus | 78",
        "huset er 140 kvadratmeter | 140",
        "vi har ca. 120 kvm fordelt på 2 etager | 120",
        "boligen er 95 m² stor | 95",
        "kontoret på 350 m2 | 350",
        "vi bor i 8000 Aarhus | null",
        "3 værelser og 2 badeværelser | null",
        "ring på 22 33 44 55 | null",
      })
  void inRunningTextANumberNeedsItsUnit(String text, Integer expected) {
    assertThat(Areas.inText(text)).isEqualTo(expected);
  }
}
