package dk.renos.stack.bench;

/**
 * Mail for the pipeline benchmark: one lead in three (rotating through the four lead sources, each
 * with its own customer so the 7-day duplicate guard never blocks), the rest ordinary mail.
 * Message-IDs carry the run id so a run's rows can be found again.
 */
final class BenchEmails {

  private BenchEmails() {}

  /** A Subject header as an RFC 2047 encoded word (headers are ASCII), then the blank line. */
  private static String subject(String text) {
    return "Subject: =?UTF-8?B?"
        + java.util.Base64.getEncoder()
            .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        + "?=\r\n\r\n";
  }

  static boolean isLead(int i) {
    return i % 3 == 0;
  }

  static String messageId(String run, int i) {
    return "<bench-" + run + "-" + i + "@renos.example.dk>";
  }

  static String email(String run, int i) {
    String customer = "kunde-" + run + "-" + i + "@example.dk";
    // Unique per run as well as per email: the same phone is the same customer, and the
    // 7-day duplicate guard would (rightly) block a second quote to them.
    String phone =
        String.format("+45 %02d%06d", 20 + Math.floorMod(run.hashCode(), 80), i % 1_000_000);
    String headers =
        "To: kontakt@renos-demo.example.dk\r\nMessage-ID: "
            + messageId(run, i)
            + "\r\nDate: Fri, 20 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0"
            + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n";
    if (!isLead(i)) {
      return "From: Nyhedsbrev <nyhed@branchen.example.dk>\r\n"
          + headers
          + "Subject: Nyhedsbrev "
          + i
          + "\r\n\r\nKære læser\r\n\r\nNyt om servicefradrag og arbejdsmiljø."
          + "\r\n\r\nAfmeld nyhedsbrevet her.\r\n";
    }
    int area = 50 + (i * 7) % 90;
    return switch ((i / 3) % 4) {
      case 0 ->
          "From: Rengoring.nu <noreply@leadmail.no>\r\n"
              + headers
              + subject("Kunde " + i + " fra Rengøring.nu")
              + "Navn: Kunde Nummer"
              + i
              + "\r\nEmail: "
              + customer
              + "\r\nTelefon: "
              + phone
              + "\r\nAdresse: Skovvejen 9A, 8000 Aarhus C\r\nHvor stort er området: "
              + area
              + "\r\nHvor ofte vil du have rengøring: Hver anden uge\r\nBoligtype: Lejlighed\r\n";
      case 1 ->
          "From: Rengoring Aarhus <opgave-"
              + i
              + "@leadpoint.dk>\r\n"
              + headers
              + subject("Ny opgave: Flytterengøring i 8200 Aarhus N")
              + "Navn: Kunde Nummer"
              + i
              + "\r\nE-mail: "
              + customer
              + "\r\nTelefonnummer: "
              + phone
              + "\r\nAdresse: Tranevej 14, 8200 Aarhus N\r\nOpgave: Flytterengøring\r\nStørrelse: "
              + area
              + " m2\r\nBoligtype: Lejlighed\r\n";
      case 2 ->
          "From: AdHelp Leads <leads@adhelp.dk>\r\n"
              + headers
              + subject("Ny forespørgsel: Hovedrengøring")
              + "Kontaktperson: Kunde Nummer"
              + i
              + "\r\nE-mailadresse: "
              + customer
              + "\r\nTelefonnummer: "
              + phone
              + "\r\nAdresse: Industrivej 22, 7100 Vejle\r\nType af rengøring: Hovedrengøring"
              + "\r\nKvadratmeter: "
              + area
              + "\r\n";
      default ->
          "From: Kunde Nummer"
              + i
              + " <"
              + customer
              + ">\r\n"
              + headers
              + subject("Tilbud på flytterengøring")
              + "Hej,\r\n\r\nJeg vil gerne have et tilbud på "
              + "flytterengøring af min lejlighed på "
              + area
              + " m2 på Nørrebrogade 12, 2200 København N."
              + "\r\n\r\nMit nummer er "
              + phone
              + ".\r\n\r\nMvh\r\n";
    };
  }
}
