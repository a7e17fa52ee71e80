package dk.renos.lead.intake.parsing.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalAddressTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Skovvejen 9A, 8000 Aarhus C | Skovvejen 9A | 8000 | Aarhus C",
        "Østerbrogade 112, 3. th., 2100 København Ø | Østerbrogade 112, 3. th. | 2100 | København Ø",
        "Vestergade 4 8600 Silkeborg | Vestergade 4 | 8600 | Silkeborg",
        "Nørregade 10, DK-5000 Odense C, Danmark | Nørregade 10 | 5000 | Odense C",
        "Algade 3, 4000 roskilde | Algade 3 | 4000 | Roskilde",
        "8200 Aarhus N | null | 8200 | Aarhus N",
        "Engvej 17 | Engvej 17 | null | null",
      })
  void aLabelledAddressIsSplitIntoStreetPostalCodeAndCity(
      String value, String street, String postalCode, String city) {
    assertThat(PostalAddress.fromValue(value))
        .isEqualTo(new PostalAddress(street, postalCode, city));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Vi bor på Skovvejen 9A, 8000 Aarhus C og har | Skovvejen 9A | 8000 | Aarhus C",
        "adressen er Jens Baggesens Vej 12, 2. tv, 8210 Aarhus V. | Jens Baggesens Vej 12, 2. tv | 8210 | Aarhus V",
        "Lejligheden ligger H.C. Andersens Boulevard 5, 1553 København V | H.C. Andersens Boulevard 5 | 1553 | København V",
        "Mvh Søren, Bakkevej 3 8660 Skanderborg | Bakkevej 3 | 8660 | Skanderborg",
        "vi bor i 8000 Aarhus | null | null | null",
        "huset ligger på Egevej 4 i 8600 Silkeborg | Egevej 4 | 8600 | Silkeborg",
        "Mvh Søren\\nBakkevej 3\\n8660 Skanderborg | Bakkevej 3 | 8660 | Skanderborg",
      })
  void inRunningTextOnlyStreetNumberPostalCodeAndCityCount(
      String text, String street, String postalCode, String city) {
    assertThat(PostalAddress.inText(text.replace("\\n", "\n")))
        .isEqualTo(new PostalAddress(street, postalCode, city));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "8000 | 8000",
        "DK-2100 | 2100",
        "8000 Aarhus C | 8000",
        "ukendt | null",
        "0800 | null"
      })
  void aPostalCodeIsFourDigitsNotStartingWithZero(String value, String expected) {
    assertThat(PostalAddress.postalCodeIn(value)).isEqualTo(expected);
  }
}
