package dk.renos.lead.intake.parsing.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.lead.intake.parsing.InboundEmail;
import dk.renos.lead.intake.parsing.LeadParser;
import dk.renos.lead.intake.parsing.LeadSource;
import dk.renos.lead.intake.parsing.ParseResult;
import dk.renos.lead.intake.parsing.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForwardedMailTests {

  private static final String ORIGINAL =
      """
      Hej

      Vi skal flytte og vil gerne have et tilbud på flytterengøring af vores lejlighed på 85 m2,
      Skovvejen 9A, 8000 Aarhus C. Ring gerne på 22 33 44 55.

      Mvh
      Mette Hansen
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "---------- Forwarded message ---------\nFrom: Mette Hansen <mette@example.dk>\nDate: Mon, 1 Dec 2026 at 10:12\nSubject: Flytning\nTo: Peter <peter@example.dk>\n\n",
        "Begin forwarded message:\n\nFrom: Mette Hansen <mette@example.dk>\nSubject: Flytning\nDate: 1 December 2026\nTo: Peter\n\n",
        "-----Oprindelig meddelelse-----\nFra: Mette Hansen [mailto:mette@example.dk]\nSendt: 1. december 2026 10:12\nTil: Peter\nEmne: Flytning\n\n",
        "Fra: Mette Hansen <mette@example.dk>\nSendt: 1. december 2026 10:12\nTil: Peter\nEmne: Flytning\n\n",
      })
  void theCustomerInsideAForwardIsTheLeadNotTheForwarder(String header) {
    String body =
        "Hej RenOS, kan I tage denne? Min nabo spurgte.\n\nMvh Peter Jensen\nTlf 40 40 40 40\n\n"
            + header
            + ORIGINAL;
    ParseResult result =
        new LeadParser()
            .parse(new InboundEmail("peter@example.dk", "Peter Jensen", "VS: Flytning", body));

    assertThat(result).isInstanceOf(ParseResult.Lead.class);
    ParseResult.Lead lead = (ParseResult.Lead) result;
    assertThat(lead.source()).isEqualTo(LeadSource.WEBSITE);
    assertThat(lead.fields().name()).isEqualTo("Mette Hansen");
    assertThat(lead.fields().email()).isEqualTo("mette@example.dk");
    assertThat(lead.fields().phone()).isEqualTo("+4522334455");
    assertThat(lead.fields().serviceType()).isEqualTo(ServiceType.MOVE_OUT);
    assertThat(lead.fields().areaSqm()).isEqualTo(85);
    assertThat(lead.fields().postalCode()).isEqualTo("8000");
  }

  @org.junit.jupiter.api.Test
  void aForwardedPortalLeadStaysThePortalsLead() {
    String body =
        "Videresendt fra telefonen\n\n---------- Forwarded message ---------\n"
            + "From: Rengøring.nu <lead@leadmail.no>\nSubject: Ole Berg fra Rengøring.nu\n\n"
            + "Navn: Ole Berg\nEmail: ole@example.dk\nType af rengøring: Hovedrengøring\n";
    ParseResult result =
        new LeadParser()
            .parse(new InboundEmail("staff@renos.example.dk", "Staff", "Fwd: Ole Berg", body));

    assertThat(result).isInstanceOf(ParseResult.Lead.class);
    assertThat(((ParseResult.Lead) result).source()).isEqualTo(LeadSource.RENGORING_NU);
    assertThat(((ParseResult.Lead) result).fields().email()).isEqualTo("ole@example.dk");
  }

  @org.junit.jupiter.api.Test
  void aReplyWithAQuotedOriginalIsNotAForward() {
    Mail reply =
        Mail.of(
            new InboundEmail(
                "mette@example.dk",
                "Mette",
                "SV: Tilbud",
                "Tak!\n\n-----Oprindelig meddelelse-----\nFra: RenOS <info@renos.dk>\nSendt: i går\n\nTilbud"));
    assertThat(ForwardedMail.inner(reply)).isEmpty();
  }
}
