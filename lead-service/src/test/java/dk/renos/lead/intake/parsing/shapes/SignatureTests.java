package dk.renos.lead.intake.parsing.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureTests {

  @org.junit.jupiter.api.Test
  void withoutASignatureTheNameComesFromJegHedder() {
    dk.renos.lead.intake.parsing.ParseResult result =
        new dk.renos.lead.intake.parsing.LeadParser()
            .parse(
                new dk.renos.lead.intake.parsing.InboundEmail(
                    "mh@example.dk",
                    "",
                    "Flytterengøring",
                    "Hej, jeg hedder Mette Hansen og vil gerne have et tilbud på flytterengøring."));
    assertThat(((dk.renos.lead.intake.parsing.ParseResult.Lead) result).fields().name())
        .isEqualTo("Mette Hansen");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Hej\\n\\nMvh\\nMette Hansen | Mette Hansen | null",
        "Hej\\n\\nMed venlig hilsen\\n\\nSøren Østergaard\\nØstergaard Revision ApS\\nTlf 22 33 44 55 | Søren Østergaard | Østergaard Revision ApS",
        "Hej\\nMvh. Anne-Marie Jørgensen | Anne-Marie Jørgensen | null",
        "Hej\\nVenlig hilsen\\nKlinik Nord A/S\\nv/ Lone Berg | null | Klinik Nord A/S",
        "Hej, ring på 22334455 | null | null",
        "Hej, hvad koster det? Tlf 61 62 63 64. Mvh Anne Berg | Anne Berg | null",
      })
  void theNameAndCompanyUnderTheSignOff(String body, String name, String company) {
    assertThat(Signature.of(body.replace("\\n", "\n"))).isEqualTo(new Signature(name, company));
  }
}
