package dk.renos.lead.intake.parsing.fields;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.lead.intake.parsing.fields.LabelledBody.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelledBodyTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ønsket ydelse | SERVICE",
        "Hvilken service ønskes | SERVICE",
        "Hvor mange m2 er boligen | AREA",
        "Størrelse på boligen | AREA",
        "Gade og husnummer | ADDRESS",
        "Postnr/by | POSTAL_AND_CITY",
        "Mobiltelefon | PHONE",
        "E-mail adresse | EMAIL",
        "Navn på kunde | NAME",
        "Hvor tit skal der gøres rent | FREQUENCY",
        "Firmanavn | COMPANY",
        "Lead ID | OTHER",
      })
  void rewordedLabelsArePlacedByTheirKeywords(String label, Field field) {
    assertThat(LabelledBody.lookup(label)).isEqualTo(field);
  }

  @Test
  void aTableRowWithoutColonIsALabelOnlyWhenTheLabelIsKnown() {
    LabelledBody body =
        LabelledBody.parse("Navn | Mette Hansen\nPris | 1.047 kr\nTelefon | 22 33 44 55");
    assertThat(body.value(Field.NAME)).isEqualTo("Mette Hansen");
    assertThat(body.value(Field.PHONE)).isEqualTo("22 33 44 55");
    assertThat(body.unlabelledText()).contains("Pris | 1.047 kr");
  }

  @Test
  void aKnownLabelAloneOnItsLineTakesTheNextLineAsItsValue() {
    LabelledBody body =
        LabelledBody.parse("Navn\nMette Hansen\nTelefon\n22 33 44 55\nFlytterengøring\nsnarest");
    assertThat(body.value(Field.NAME)).isEqualTo("Mette Hansen");
    assertThat(body.value(Field.PHONE)).isEqualTo("22 33 44 55");
    assertThat(body.unlabelledText()).contains("Flytterengøring");
  }

  @Test
  void anAddressWhoseValueStartsOnTheNextLineStillTakesItsPostcodeLine() {
    LabelledBody body =
        LabelledBody.parse(
            "Kunde\nPeter Holm\n\nAdresse\nSøndergade 5, 1. th.\n8700 Horsens\n\nKvm\n72");
    assertThat(body.value(Field.NAME)).isEqualTo("Peter Holm");
    assertThat(body.value(Field.ADDRESS)).isEqualTo("Søndergade 5, 1. th. 8700 Horsens");
    assertThat(body.value(Field.AREA)).isEqualTo("72");
  }

  @Test
  void aLongSentenceEndingInAColonIsNoLabelAndDoesNotHideTheRealOne() {
    LabelledBody body =
        LabelledBody.parse(
            "Ny besked fra kontaktformularen på hjemmesiden:\n\nDit navn: Jens Holm");
    assertThat(body.value(Field.NAME)).isEqualTo("Jens Holm");
  }
}
