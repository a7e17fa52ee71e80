package dk.renos.lead.intake.parsing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.lead.intake.parsing.InboundEmail;
import dk.renos.lead.intake.parsing.shapes.Mail;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotALeadClassifierTests {

  private final NotALeadClassifier classifier = new NotALeadClassifier();

  private String classify(String from, String subject, String body) {
    return classifier
        .classify(Mail.of(new InboundEmail(from, "", subject, body.replace("\\n", "\n"))))
        .orElse("LEAD?");
  }

  @ParameterizedTest(name = "{3}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mailer-daemon@mx.example.dk | Undeliverable: Tilbud | Din mail kunne ikke leveres | delivery status notification",
        "mette@example.dk | Automatisk svar: Rengøring | Jeg er på ferie indtil mandag | auto-reply",
        "calendar-notification@google.com | Invitation: Flytterengøring Skovvejen 9A | Deltag med Google Meet | calendar notification",
        "ole@example.dk | Opdateret invitation: Hovedrengøring fre 12. dec | invitation.ics Google Kalender | calendar notification",
        "news@rengoeringsbladet.example.dk | Ugens rengøringstips | Se vores tips til rengøring. Afmeld nyhedsbrev her | newsletter",
        "faktura@el.example.dk | Faktura 2291 | Fakturanr. 2291, forfaldsdato 1. dec, rengøring af trappe | invoice or payment notice",
        "noreply@bank.example.dk | Betaling modtaget | Vi har modtaget din betaling for rengøring | invoice or payment notice",
        "info@leadmail.no | Din månedsrapport for november | Antal leads i november: 14 rengøringsopgaver | portal report or account mail from Rengøring.nu",
        "faktura@adhelp.dk | Faktura for leads | Fakturanummer 7781 | invoice or payment notice from AdHelp",
        "jonas@example.dk | Uopfordret ansøgning | Jeg søger job som rengøringsassistent. Vedhæftet mit CV | job application",
        "salg@grossist.example.dk | Skarpe priser på rengøringsmidler | Vi kan tilbyde jer mikrofiberklude til rengøring | supplier offer",
        "growth@seo.example.com | Flere kunder til jeres rengøringsfirma | Vi hjælper med SEO og Google-annoncering | supplier offer",
        "bo@andetfirma.example.dk | Samarbejde? | Vi er et rengøringsfirma og kunne I overtage nogle af vores kunder med fast rengøring | supplier offer",
        "support@leadmail.no | Ændring i vores priser | Kære partner, fra 1. januar ændres prisen pr. lead | portal report or account mail from Rengøring.nu",
        "winner@lotto.example.com | Du har vundet! | Klik her for at hente din gevinst til rengøring | spam",
        "mette@example.dk | SV: Tilbud på flytterengøring | Tak for tilbuddet, vi vender tilbage | reply to our quote or an existing conversation",
        "mette@example.dk | Tilbud | Tak for jeres tilbud på rengøringen, det lyder fint | reply to our quote or an existing conversation",
        "kurt@example.dk | Rengøringen i går | Jeg er meget utilfreds. Jeres medarbejder har ikke gjort rent i køkkenet | complaint",
        "kurt@example.dk | Klage | Jeg vil klage over rengøringen i fredags, I glemte badeværelset | complaint",
        "anna@example.dk | Middag lørdag | Hej, kommer I til middag på lørdag? | no lead markers (does not mention cleaning)",
      })
  void mailThatIsNotALeadIsRecognisedWithItsReason(
      String from, String subject, String body, String reason) {
    assertThat(classify(from, subject, body)).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mette@example.dk | Tilbud på rengøring | Hej, vi er utilfredse med vores nuværende firma og søger fast rengøring hver 14. dag",
        "ole@firma.example.dk | Erhvervsrengøring | Vi søger en ny leverandør af rengøring til vores kontor på 300 m2",
        "info@leadmail.no | Mette Hansen fra Rengøring.nu | Navn: Mette Hansen\\nEmail: mette@example.dk\\nType: Fast rengøring",
        "noreply@renos.example.dk | Ny henvendelse fra hjemmesiden | Navn: Ole\\nEmail: ole@example.dk\\nTelefon: 22334455\\nBesked: Flytterengøring. Afmeld",
      })
  void leadsAreNotTakenForOrdinaryMail(String from, String subject, String body) {
    assertThat(classify(from, subject, body)).isEqualTo("LEAD?");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "noreply@renos.example.dk | Kontaktformular | Navn: Jonas\\nEmail: jonas@example.dk\\nTelefon: 22334455\\nBesked: Jeg søger job hos jer | job application",
      })
  void aFormWhoseMessageIsAJobApplicationIsNotALead(
      String from, String subject, String body, String reason) {
    assertThat(classify(from, subject, body)).isEqualTo(reason);
  }

  @org.junit.jupiter.api.Test
  void bulkHeadersAloneNeverRejectAPortalLead() {
    Mail portalLead =
        Mail.of(
            new InboundEmail(
                "lead@leadpoint.dk",
                "Leadpoint",
                "Nyt lead",
                "Navn: Ole\nTelefon: 22334455\nOpgave: Hovedrengøring",
                List.of(),
                true));
    assertThat(classifier.classify(portalLead)).isEmpty();
  }
}
