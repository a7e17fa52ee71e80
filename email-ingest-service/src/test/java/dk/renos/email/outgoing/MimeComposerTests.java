package dk.renos.email.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * What goes to Gmail's messages.send: headers of replies and new threads, and Danish text that
 * survives.
 */
class MimeComposerTests {

  private static final Instant NOW = Instant.parse("2026-03-27T09:15:00Z");
  private static final String BODY =
      "Hej Søren\n\nFast rengøring på Åboulevarden 12: 1.047 kr pr. besøg.\n"
          + "Æbler, øl og ål — “citater” og €.\n\nVenlig hilsen\nRenOS Rengøring\n";

  private final MimeComposer composer = new MimeComposer();

  @Test
  void aReplyCarriesInReplyToReferencesAndItsOwnMessageId() throws Exception {
    byte[] raw =
        composer.compose(
            new MimeComposer.Draft(
                "info@renos.example.dk",
                "kunde@example.dk",
                "Re: Tilbud på rengøring",
                "Tak!\n",
                "<reply-1@renos.example.dk>",
                "<parent@example.dk>",
                List.of("<root@example.dk>", "<parent@example.dk>"),
                NOW));

    MimeMessage parsed = parse(raw);
    assertThat(parsed.getHeader("Message-ID", null)).isEqualTo("<reply-1@renos.example.dk>");
    assertThat(parsed.getHeader("In-Reply-To", null)).isEqualTo("<parent@example.dk>");
    assertThat(MimeUtility.unfold(parsed.getHeader("References", null)))
        .isEqualTo("<root@example.dk> <parent@example.dk>");
    assertThat(parsed.getSubject()).isEqualTo("Re: Tilbud på rengøring");
    assertThat(((InternetAddress) parsed.getFrom()[0]).getAddress())
        .isEqualTo("info@renos.example.dk");
    assertThat(parsed.getRecipients(RecipientType.TO))
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly("kunde@example.dk");
    assertThat(parsed.getSentDate().toInstant()).isEqualTo(NOW);
    assertThat(parsed.getHeader("MIME-Version", null)).isEqualTo("1.0");
  }

  @Test
  void aNewThreadHasNoInReplyToOrReferences() throws Exception {
    byte[] raw =
        composer.compose(
            new MimeComposer.Draft(
                "info@renos.example.dk",
                "mette.hansen@example.dk",
                "Dit tilbud på rengøring",
                "Hej Mette\n",
                "<new-1@renos.example.dk>",
                null,
                List.of(),
                NOW));

    MimeMessage parsed = parse(raw);
    assertThat(parsed.getHeader("In-Reply-To")).isNull();
    assertThat(parsed.getHeader("References")).isNull();
    assertThat(parsed.getHeader("Message-ID", null)).isEqualTo("<new-1@renos.example.dk>");
    assertThat(parsed.getSubject()).isEqualTo("Dit tilbud på rengøring");
  }

  @Test
  void danishLettersSurviveARoundTripAsQuotedPrintableUtf8() throws Exception {
    byte[] raw =
        composer.compose(
            new MimeComposer.Draft(
                "info@renos.example.dk",
                "soren@example.dk",
                "Dit tilbud på fast rengøring på Åboulevarden 12 — ÆØÅ æøå",
                BODY,
                "<qp@renos.example.dk>",
                null,
                List.of(),
                NOW));

    String wire = new String(raw, StandardCharsets.US_ASCII);
    for (byte b : raw) {
      assertThat(b).as("7-bit clean on the wire").isBetween((byte) 0, (byte) 127);
    }
    assertThat(wire)
        .contains("Content-Transfer-Encoding: quoted-printable")
        .containsPattern("Content-Type: text/plain; charset=(\"?)(?i:utf-8)\\1")
        .contains("S=C3=B8ren") // ø in UTF-8, quoted-printable
        .doesNotContain("\n\n") // CRLF line ends only
        .doesNotContain("\r\r");
    assertThat(wire.lines().filter(l -> !l.isEmpty()))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(78));

    MimeMessage parsed = parse(raw);
    assertThat(parsed.getSubject())
        .isEqualTo("Dit tilbud på fast rengøring på Åboulevarden 12 — ÆØÅ æøå");
    assertThat(((String) parsed.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
    assertThat(parsed.getContentType()).startsWithIgnoringCase("text/plain");
  }

  @Test
  void aNonAsciiSubjectIsRfc2047EncodedAndAnAsciiOneIsNot() {
    String danish =
        new String(
            composer.compose(
                new MimeComposer.Draft(
                    "info@renos.example.dk",
                    "a@example.dk",
                    "Rengøring",
                    "x",
                    "<s1@renos.example.dk>",
                    null,
                    List.of(),
                    NOW)),
            StandardCharsets.US_ASCII);
    String ascii =
        new String(
            composer.compose(
                new MimeComposer.Draft(
                    "info@renos.example.dk",
                    "a@example.dk",
                    "Quote for cleaning",
                    "x",
                    "<s2@renos.example.dk>",
                    null,
                    List.of(),
                    NOW)),
            StandardCharsets.US_ASCII);

    assertThat(danish).containsPattern("(?m)^Subject: =\\?(?i:utf-8)\\?[QB]\\?.+\\?=");
    assertThat(danish).doesNotContain("Rengøring");
    assertThat(ascii).contains("Subject: Quote for cleaning\r\n");
  }

  @Test
  void aLineBreakInTheSubjectCannotInjectHeaders() throws Exception {
    byte[] raw =
        composer.compose(
            new MimeComposer.Draft(
                "info@renos.example.dk",
                "a@example.dk",
                "Tilbud\r\nBcc: spy@example.dk",
                "x",
                "<inj@renos.example.dk>",
                null,
                List.of(),
                NOW));

    MimeMessage parsed = parse(raw);
    assertThat(parsed.getHeader("Bcc")).isNull();
    assertThat(parsed.getSubject()).isEqualTo("Tilbud Bcc: spy@example.dk");
  }

  @Test
  void messageIdsAreFreshAndInTheMailboxDomain() {
    String first = MimeComposer.newMessageId("Info@Renos.Example.dk");
    String second = MimeComposer.newMessageId("info@renos.example.dk");

    assertThat(first).matches("<[0-9a-f-]{36}@renos\\.example\\.dk>");
    assertThat(second).isNotEqualTo(first);
    assertThat(MimeComposer.newMessageId(null)).endsWith("@renos.local>");
  }

  @Test
  void anInvalidAddressIsNotWritten() {
    assertThatThrownBy(
            () ->
                composer.compose(
                    new MimeComposer.Draft(
                        "info@renos.example.dk",
                        "not an address",
                        "x",
                        "x",
                        "<bad@renos.example.dk>",
                        null,
                        List.of(),
                        NOW)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replySubjectsFollowTheThread() {
    assertThat(ReplyPlanner.replySubject("Tilbud på rengøring", "Dit tilbud"))
        .isEqualTo("Re: Tilbud på rengøring");
    assertThat(ReplyPlanner.replySubject("Tilbud på rengøring", "RE: Noget andet"))
        .isEqualTo("RE: Noget andet");
    assertThat(ReplyPlanner.replySubject("Re: Tilbud", "Dit tilbud")).isEqualTo("Re: Tilbud");
    assertThat(ReplyPlanner.replySubject("", "Dit tilbud")).isEqualTo("Dit tilbud");
  }

  private static MimeMessage parse(byte[] raw) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
  }
}
