package dk.renos.lead.intake.parsing.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "22334455 | +4522334455",
        "22 33 44 55 | +4522334455",
        "2233 4455 | +4522334455",
        "22-33-44-55 | +4522334455",
        "22.33.44.55 | +4522334455",
        "+45 22 33 44 55 | +4522334455",
        "+4522334455 | +4522334455",
        "+45 2233 4455 | +4522334455",
        "+45-22-33-44-55 | +4522334455",
        "0045 22 33 44 55 | +4522334455",
        "0045-22334455 | +4522334455",
        "004522334455 | +4522334455",
        "(+45) 22 33 44 55 | +4522334455",
        "(0045) 22334455 | +4522334455",
        "45 22 33 44 55 | +4522334455",
        "tlf. 22 33 44 55 | +4522334455",
        "22 33 44 55 (mobil) | +4522334455",
        "Mobil: 40 12 34 56 | +4540123456",
      })
  void aDanishNumberInAnyNotationIsNormalisedToPlus45AndEightDigits(String raw, String expected) {
    assertThat(PhoneNumbers.normalise(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "1234567",
        "223344556",
        "+46 70 123 45 67",
        "+44 20 7946 0958",
        "02233445",
        "12345678",
        "ring efter kl 16"
      })
  void aNumberThatIsNotADanishEightDigitNumberIsRejected(String raw) {
    assertThat(PhoneNumbers.normalise(raw)).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Ring på 22334455 | +4522334455",
        "mit nummer: +4522334455 | +4522334455",
        "tal med mig på 22 33 44 55 | +4522334455",
        "Mvh Mette, 2233-4455 | +4522334455",
        "kan træffes på +45 40 12 34 56 efter kl. 16 | +4540123456",
        "tlf 0045 40123456 | +4540123456",
        "Ordrenummer 22334455 | null",
        "CVR 22334455 | null",
        "CVR-nr.: 12 34 56 78 | null",
        "kode 22334455 til porten | null",
        "Konto 1234 22334455 | null",
      })
  void inRunningTextANumberCountsWhenPrefixedGroupedOrAfterAPhoneWord(
      String text, String expected) {
    assertThat(PhoneNumbers.findInText(text)).isEqualTo(expected);
  }
}
