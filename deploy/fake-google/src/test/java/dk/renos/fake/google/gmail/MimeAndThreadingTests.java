package dk.renos.fake.google.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.MessagePart;
import dk.renos.fake.google.FakeGoogleServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MimeAndThreadingTests {
  private static final String USER = "info@renos.dk";

  @Test
  void headersAreUnfoldedAndDecoded() {
    MimeMessage m =
        MimeMessage.parse(
            ("Subject: =?iso-8859-1?Q?Hovedreng=F8ring?=\r\n =?UTF-8?B?IGkgw4VyaHVz?=\r\n"
                    + "From: \"Åse\" <aase@example.dk>\r\nX-Long: first\r\n\tsecond\r\n\r\nbody")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(m.header("subject")).isEqualTo("Hovedrengøring i Århus");
    assertThat(m.header("From")).isEqualTo("\"Åse\" <aase@example.dk>");
    assertThat(m.header("X-Long")).isEqualTo("first second");
    assertThat(m.text).isEqualTo("body");
  }

  @Test
  void dateHeadersInTheirCommonShapes() {
    assertThat(MailDates.parse("Tue, 4 Mar 2025 09:15:00 +0100 (CET)"))
        .isEqualTo(Instant.parse("2025-03-04T08:15:00Z").toEpochMilli());
    assertThat(MailDates.parse("4 Mar 2025 09:15:00 +0100"))
        .isEqualTo(Instant.parse("2025-03-04T08:15:00Z").toEpochMilli());
    assertThat(MailDates.parse("Tue, 04 Mar 2025 08:15:00 GMT"))
        .isEqualTo(Instant.parse("2025-03-04T08:15:00Z").toEpochMilli());
    assertThat(MailDates.parse("i går")).isNull();
    assertThat(MailDates.searchBound("2025/03/04"))
        .isEqualTo(Instant.parse("2025-03-04T08:00:00Z").toEpochMilli());
  }

  @Test
  void missingOrBrokenDateMeansNow() {
    try (FakeGoogleServer server = FakeGoogleServer.start()) {
      long before = System.currentTimeMillis();
      String id = server.mailbox(USER).deliver(GmailClients.mail("x", "<x@x>"));
      long date = server.mailbox(USER).read(() -> server.mailbox(USER).message(id).internalDate);
      assertThat(date).isBetween(before, System.currentTimeMillis());
    }
  }

  @Test
  void threadsJoinThroughReferencesEvenWhenInReplyToIsUnknown() {
    try (FakeGoogleServer server = FakeGoogleServer.start()) {
      FakeMailbox box = server.mailbox(USER);
      String root = box.deliver(GmailClients.mail("a", "<root@x>"));
      String other = box.deliver(GmailClients.mail("b", "<other@x>"));
      String reply =
          box.deliver(
              ("From: k@x.dk\r\nTo: "
                      + USER
                      + "\r\nSubject: Re: a\r\nMessage-ID: <r@x>\r\n"
                      + "In-Reply-To: <missing@x>\r\nReferences: <root@x> <missing@x>\r\n\r\nsvar")
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(box.threadIdOf(reply)).isEqualTo(root);
      assertThat(box.threadIdOf(other)).isEqualTo(other);
      box.delete(root);
      // the thread lives on under its id while it has messages
      assertThat(box.threadIdOf(reply)).isEqualTo(root);
    }
  }

  @Test
  void attachmentsAreServedSeparately() throws IOException {
    try (FakeGoogleServer server = FakeGoogleServer.start()) {
      byte[] pdf = {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff};
      String raw =
          "From: k@x.dk\r\nTo: "
              + USER
              + "\r\nSubject: Plantegning\r\nMIME-Version: 1.0\r\n"
              + "Content-Type: multipart/mixed; boundary=outer\r\n\r\n--outer\r\n"
              + "Content-Type: text/plain; charset=UTF-8\r\n\r\nSe vedhæftet.\r\n--outer\r\n"
              + "Content-Type: application/pdf; name=\"plan.pdf\"\r\nContent-Disposition: attachment; filename=\"plan.pdf\"\r\n"
              + "Content-Transfer-Encoding: base64\r\n\r\n"
              + java.util.Base64.getMimeEncoder().encodeToString(pdf)
              + "\r\n--outer--\r\n";
      String id = server.mailbox(USER).deliver(raw.getBytes(StandardCharsets.UTF_8));
      Gmail gmail = GmailClients.gmailFor(server, USER);
      MessagePart attachment =
          gmail.users().messages().get("me", id).execute().getPayload().getParts().get(1);
      assertThat(attachment.getFilename()).isEqualTo("plan.pdf");
      assertThat(attachment.getBody().getData()).isNull();
      assertThat(attachment.getBody().getSize()).isEqualTo(pdf.length);
      var body =
          gmail
              .users()
              .messages()
              .attachments()
              .get("me", id, attachment.getBody().getAttachmentId())
              .execute();
      assertThat(body.decodeData()).isEqualTo(pdf);
      assertThat(gmail.users().messages().list("me").setQ("has:attachment").execute().getMessages())
          .hasSize(1);
    }
  }
}
