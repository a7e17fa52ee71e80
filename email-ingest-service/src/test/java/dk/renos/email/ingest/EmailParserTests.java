package dk.renos.email.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailParserTests {

  private final EmailParser parser = new EmailParser();

  @Test
  void utf8QuotedPrintableKeepsDanishLettersAndJoinsSoftLineBreaks() {
    ParsedEmail email = parse("utf8-quoted-printable.eml");

    assertThat(email.fromAddress()).isEqualTo("mette.hansen@example.dk");
    assertThat(email.fromName()).isEqualTo("Mette Hansen");
    assertThat(email.to()).containsExactly("info@renos.example.dk");
    assertThat(email.subject()).isEqualTo("Rengøring");
    assertThat(email.messageId()).isEqualTo("<utf8-qp-1@example.dk>");
    assertThat(email.syntheticMessageId()).isFalse();
    assertThat(email.inReplyTo()).isNull();
    assertThat(email.references()).isEmpty();
    assertThat(email.sentAt()).isEqualTo(Instant.parse("2026-03-27T06:58:12Z"));
    assertThat(email.bodyText())
        .isEqualTo(
            """
        Hej, jeg vil gerne have tilbud på rengøring af 98 m² i Århus.
        Æbler, øller og ål: æ ø å Æ Ø Å
        """);
    assertThat(email.attachments()).isEmpty();
  }

  @Test
  void replyToAndTheListAndAutomaticHeadersAreRead() {
    String raw =
        """
        From: Leadpoint <noreply@leadpoint.dk>
        To: info@renos.example.dk
        Reply-To: =?utf-8?q?S=C3=B8ren_=C3=98stergaard?= <soren@example.dk>, bad@@, kontor@example.dk
        List-Unsubscribe: <mailto:unsub@leadpoint.dk>,
         <https://leadpoint.dk/unsub?id=1>
        Auto-Submitted: auto-generated
        Precedence: bulk
        Message-ID: <headers-1@leadpoint.dk>
        Subject: Nyhedsbrev

        Hej
        """
            .replace("\n", "\r\n");

    ParsedEmail email = parser.parse(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(email.replyTo()).containsExactly("soren@example.dk", "kontor@example.dk");
    assertThat(email.listUnsubscribe())
        .isEqualTo("<mailto:unsub@leadpoint.dk>, <https://leadpoint.dk/unsub?id=1>");
    assertThat(email.autoSubmitted()).isEqualTo("auto-generated");
    assertThat(email.precedence()).isEqualTo("bulk");
  }

  @Test
  void mailWithoutThoseHeadersHasNoReplyToAndNullListHeaders() {
    ParsedEmail email = parse("utf8-quoted-printable.eml");

    assertThat(email.replyTo()).isEmpty();
    assertThat(email.listUnsubscribe()).isNull();
    assertThat(email.autoSubmitted()).isNull();
    assertThat(email.precedence()).isNull();
  }

  @Test
  void iso88591QuotedPrintableIsReadAsWindows1252() {
    ParsedEmail email = parse("iso-8859-1-quoted-printable.eml");

    assertThat(email.fromName()).isEqualTo("Søren Østergaard");
    assertThat(email.fromAddress()).isEqualTo("soren@example.dk");
    assertThat(email.to()).containsExactly("info@renos.example.dk", "kontor@renos.example.dk");
    assertThat(email.subject()).isEqualTo("Flytterengøring på Åboulevarden");
    assertThat(email.inReplyTo()).isEqualTo("<quote-42@renos.example.dk>");
    assertThat(email.references())
        .containsExactly("<lead-1@leadpoint.dk>", "<quote-42@renos.example.dk>");
    assertThat(email.parentIds())
        .containsExactly("<quote-42@renos.example.dk>", "<lead-1@leadpoint.dk>");
    assertThat(email.bodyText()).isEqualTo("Kære RenOS, pris 1.745 € er fint. Æ Ø Å æ ø å\n");
  }

  @Test
  void base64BodyIsDecodedAndLineBreaksBecomeNewlines() {
    ParsedEmail email = parse("base64-utf8.eml");

    assertThat(email.fromName()).isNull();
    assertThat(email.fromAddress()).isEqualTo("noreply@leadpoint.dk");
    assertThat(email.sentAt()).isNull();
    assertThat(email.bodyText())
        .isEqualTo(
            """
        Navn: Søren Østergaard
        Adresse: Åboulevarden 12, 8000 Aarhus C
        Bemærkninger: æ ø å
        """);
  }

  @Test
  void multipartAlternativePrefersThePlainText() {
    ParsedEmail email = parse("multipart-alternative.eml");

    assertThat(email.fromName()).as("raw UTF-8 in a header").isEqualTo("Rengøring Aarhus");
    assertThat(email.subject()).isEqualTo("Nyt lead fra Rengøring Aarhus");
    assertThat(email.bodyText()).isEqualTo("Navn: Mette Hansen\nHvor stort er området: 98\n");
    assertThat(email.attachments()).as("the HTML alternative is not an attachment").isEmpty();
  }

  @Test
  void htmlOnlyMailIsConvertedToReadableText() {
    ParsedEmail email = parse("html-only.eml");

    assertThat(email.bodyText())
        .isEqualTo(
            """
        Hej RenOS,

        Navn: Bo Jørgensen
        Adresse: Fyrrevænget 3, 8000 Aarhus C

        - Hovedrengøring
        - Vinduespolering & ovn

        Må vi få et tilbud?
        Venlig hilsen
        Bo – æble
        """);
    assertThat(email.bodyText()).doesNotContain("alert", "color", "tracking", "<");
  }

  @Test
  void encodedWordsInSubjectAndDisplayNameAreDecoded() {
    ParsedEmail email = parse("encoded-word-subject.eml");

    assertThat(email.subject()).isEqualTo("Tilbud på hovedrengøring og vinduespolering æøå");
    assertThat(email.fromName()).isEqualTo("Mette Østergård");
    assertThat(email.to()).as("an empty group").isEmpty();
    assertThat(email.bodyText()).isEqualTo("Kort tekst.\n");
  }

  @Test
  void aMessageWithoutMessageIdGetsAStableSyntheticId() {
    ParsedEmail first = parse("no-message-id.eml");
    ParsedEmail again = parse("no-message-id.eml");

    assertThat(first.syntheticMessageId()).isTrue();
    assertThat(first.messageId())
        .matches("<[0-9a-f]{64}@renos\\.local>")
        .isEqualTo(again.messageId());
    assertThat(first.messageId())
        .isEqualTo("<" + EmailParser.sha256(bytes("no-message-id.eml")) + "@renos.local>");
    assertThat(first.subject()).isEqualTo("Uden id");
    assertThat(first.to()).isEmpty();
  }

  @Test
  void noFromIsRefused() {
    assertThatThrownBy(() -> parse("no-from.eml"))
        .isInstanceOfSatisfying(
            UnparseableEmailException.class,
            e -> {
              assertThat(e.field()).isEqualTo("From");
              assertThat(e.reason()).isEqualTo("is missing");
            });
  }

  @Test
  void garbageAndEmptyInputAreRefused() {
    assertThatThrownBy(() -> parse("garbage.eml"))
        .isInstanceOfSatisfying(
            UnparseableEmailException.class,
            e -> {
              assertThat(e.field()).isEqualTo("message");
              assertThat(e.reason()).contains("not an RFC 822 message");
            });
    assertThatThrownBy(() -> parser.parse(new byte[0]))
        .isInstanceOfSatisfying(
            UnparseableEmailException.class, e -> assertThat(e.reason()).isEqualTo("is empty"));
  }

  @Test
  void anMboxFromLineAndBareIdsAreTolerated() {
    ParsedEmail email =
        parser.parse(
            """
        From kunde@example.dk Fri Mar 27 07:58:12 2026
        From: kunde@example.dk
        Message-ID: bare-id@example.dk
        In-Reply-To: "a comment" <parent@example.dk>

        Tak
        """
                .getBytes(StandardCharsets.UTF_8));

    assertThat(email.messageId()).isEqualTo("<bare-id@example.dk>");
    assertThat(email.inReplyTo()).isEqualTo("<parent@example.dk>");
    assertThat(email.subject()).isEmpty();
    assertThat(email.bodyText()).isEqualTo("Tak\n");
  }

  @Test
  void unlabelledBodiesAreUtf8WhenValidElseWindows1252() {
    assertThat(MailText.decode("æøå".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("æøå");
    assertThat(MailText.decode(new byte[] {(byte) 0xE6, (byte) 0xF8, (byte) 0xE5}, null))
        .isEqualTo("æøå");
    assertThat(MailText.decode(new byte[] {(byte) 0x80}, "windows-1252")).isEqualTo("€");
    assertThat(MailText.decode("æøå".getBytes(StandardCharsets.UTF_8), "x-unknown"))
        .isEqualTo("æøå");
  }

  @Test
  void relatedRootIsTheStartPartAndItsContentIdImagesAreInlineAttachments() {
    ParsedEmail email =
        parser.parse(
            """
        From: kunde@example.dk
        Content-Type: multipart/related; type="text/html"; start="<root@example.dk>"; boundary="r"

        --r
        Content-Type: image/gif
        Content-ID: <logo@example.dk>
        Content-Transfer-Encoding: base64

        R0lGODlhAQABAAAAACw=
        --r
        Content-Type: text/html; charset=utf-8
        Content-ID: <root@example.dk>

        <p>Se logoet</p><img src="cid:logo@example.dk">
        --r
        Content-Type: application/octet-stream

        abc
        --r--
        """
                .getBytes(StandardCharsets.UTF_8));

    assertThat(email.bodyText()).isEqualTo("Se logoet\n");
    assertThat(email.attachments())
        .containsExactly(
            new Attachment(null, "image/gif", 14, true),
            new Attachment(null, "application/octet-stream", 3, false));
  }

  @Test
  void aBlankPlainPartLosesToTheHtmlOne() {
    ParsedEmail email =
        parser.parse(
            """
        From: kunde@example.dk
        Content-Type: multipart/alternative; boundary="a"

        --a
        Content-Type: text/plain

        \s
        --a
        Content-Type: text/html

        <p>Den rigtige tekst</p>
        --a--
        """
                .getBytes(StandardCharsets.UTF_8));

    assertThat(email.bodyText()).isEqualTo("Den rigtige tekst\n");
    assertThat(email.attachments()).isEmpty();
  }

  @Test
  void namedTextPartsAreAttachmentsAndNeverTheBody() {
    ParsedEmail email =
        parser.parse(
            """
        From: kunde@example.dk
        Content-Type: multipart/mixed; boundary="m"

        --m
        Content-Type: text/plain; name="noter.txt"
        Content-Disposition: inline; filename="noter.txt"

        Noter
        --m
        Content-Type: text/plain; charset=utf-8

        Selve beskeden
        --m
        Content-Type: text/html; charset=utf-8
        Content-Disposition: attachment

        <p>side</p>
        --m
        Content-Type: TEXT/CSV; charset=utf-8; name*=utf-8''m%C3%A5linger.csv

        a;b
        --m--
        """
                .getBytes(StandardCharsets.UTF_8));

    assertThat(email.bodyText()).isEqualTo("Selve beskeden");
    assertThat(email.attachments())
        .containsExactly(
            new Attachment("noter.txt", "text/plain", 5, true),
            new Attachment(null, "text/html", 11, false),
            new Attachment("målinger.csv", "text/csv", 3, false));
  }

  @Test
  void aForwardOfAForwardShowsBothHeaderBlocksAndANamelessSubjectlessMessageHasNoFileName() {
    String innermost =
        """
        From: =?utf-8?q?B=C3=B8rge?= <borge@example.dk>
        Date: Mon, 23 Mar 2026 10:00:00 +0100

        Originalen
        """;
    String middle =
        """
        From: mellem@example.dk
        Subject: Fwd
        Content-Type: multipart/mixed; boundary="i"

        --i
        Content-Type: message/rfc822

        """
            + innermost
            + """

        --i--
        """;
    ParsedEmail email =
        parser.parse(
            ("""
        From: yderst@example.dk
        Content-Type: multipart/mixed; boundary="o"

        --o
        Content-Type: message/rfc822

        """
                    + middle
                    + """

        --o--
        """)
                .getBytes(StandardCharsets.UTF_8));

    assertThat(email.bodyText())
        .isEqualTo(
            """
        ---------- Forwarded message ----------
        From: mellem@example.dk
        Subject: Fwd

        ---------- Forwarded message ----------
        From: Børge <borge@example.dk>
        Date: Mon, 23 Mar 2026 10:00:00 +0100

        Originalen
        """);
    assertThat(email.attachments())
        .extracting(Attachment::filename, Attachment::mimeType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Fwd.eml", "message/rfc822"));

    ParsedEmail subjectless =
        parser.parse(
            ("""
        From: yderst@example.dk
        Content-Type: multipart/mixed; boundary="o"

        --o
        Content-Type: text/plain

        Se vedhæftet
        --o
        Content-Type: message/rfc822

        """
                    + innermost
                    + """

        --o--
        """)
                .getBytes(StandardCharsets.UTF_8));
    assertThat(subjectless.bodyText())
        .as("text of its own: the attached message stays attached")
        .isEqualTo("Se vedhæftet");
    assertThat(subjectless.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.filename()).isNull();
              assertThat(a.sizeBytes())
                  .isEqualTo(innermost.getBytes(StandardCharsets.UTF_8).length);
            });
  }

  @Test
  void aDamagedAttachmentIsCountedAsFarAsItDecodesAndDoesNotCostTheMessage() {
    ParsedEmail email =
        parser.parse(
            """
        From: kunde@example.dk
        Content-Type: multipart/mixed; boundary="d"

        --d
        Content-Type: text/plain

        Tekst
        --d
        Content-Type: application/pdf; name="skadet.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK====JVBE
        --d
        Content-Type: application/pdf; name="ukendt.pdf"
        Content-Transfer-Encoding: x-unknown

        JVBERi0=
        --d--
        """
                .getBytes(StandardCharsets.UTF_8));

    assertThat(email.bodyText()).isEqualTo("Tekst");
    assertThat(email.attachments())
        .containsExactly(
            new Attachment("skadet.pdf", "application/pdf", 9, false),
            new Attachment("ukendt.pdf", "application/pdf", 0, false));
  }

  @Test
  void encodedWordsSplitInsideALetterAreJoinedBeforeDecoding() {
    assertThat(MailText.decodeWords("=?UTF-8?Q?Reng=C3?= =?UTF-8?Q?=B8ring?="))
        .isEqualTo("Rengøring");
    assertThat(
            MailText.decodeWords("=?utf-8?B?w6bD?=\r\n =?utf-8?B?uMOl?= og =?ISO-8859-1?Q?=E6?= "))
        .isEqualTo("æøå og æ ");
    assertThat(MailText.decodeWords("=?iso-8859-1?q?=80?= =?utf-8*da?q?_=E2=82=AC?="))
        .isEqualTo("€ €");
    assertThat(MailText.decodeWords("Pris =?utf-8?B?!!!?= kr."))
        .isEqualTo("Pris =?utf-8?B?!!!?= kr.");
    assertThat(MailText.decodeWords("Ingen ord her")).isEqualTo("Ingen ord her");
  }

  @Test
  void attachmentsAreCopiedImmutably() {
    java.util.List<Attachment> attachments =
        new java.util.ArrayList<>(
            java.util.List.of(new Attachment("a.pdf", "application/pdf", 1, false)));
    ParsedEmail email =
        new ParsedEmail(
            "<id@example.dk>",
            false,
            null,
            java.util.List.of(),
            "a@example.dk",
            null,
            java.util.List.of(),
            "",
            null,
            "",
            attachments,
            java.util.List.of(),
            null,
            null,
            null);
    attachments.clear();

    assertThat(email.attachments()).hasSize(1);
    assertThatThrownBy(() -> email.attachments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private ParsedEmail parse(String fixture) {
    return parser.parse(bytes(fixture));
  }

  static byte[] bytes(String fixture) {
    try (InputStream in = EmailParserTests.class.getResourceAsStream("/eml/" + fixture)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(fixture, e);
    }
  }
}
