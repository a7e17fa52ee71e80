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
    assertThat(email.bodyText()).isEqualTo("""
        Hej, jeg vil gerne have tilbud på rengøring af 98 m² i Århus.
        Æbler, øller og ål: æ ø å Æ Ø Å
        """);
  }

  @Test
  void iso88591QuotedPrintableIsReadAsWindows1252() {
    ParsedEmail email = parse("iso-8859-1-quoted-printable.eml");

    assertThat(email.fromName()).isEqualTo("Søren Østergaard");
    assertThat(email.fromAddress()).isEqualTo("soren@example.dk");
    assertThat(email.to()).containsExactly("info@renos.example.dk", "kontor@renos.example.dk");
    assertThat(email.subject()).isEqualTo("Flytterengøring på Åboulevarden");
    assertThat(email.inReplyTo()).isEqualTo("<quote-42@renos.example.dk>");
    assertThat(email.references()).containsExactly("<lead-1@leadpoint.dk>", "<quote-42@renos.example.dk>");
    assertThat(email.parentIds()).containsExactly("<quote-42@renos.example.dk>", "<lead-1@leadpoint.dk>");
    assertThat(email.bodyText()).isEqualTo("Kære RenOS, pris 1.745 € er fint. Æ Ø Å æ ø å\n");
  }

  @Test
  void base64BodyIsDecodedAndLineBreaksBecomeNewlines() {
    ParsedEmail email = parse("base64-utf8.eml");

    assertThat(email.fromName()).isNull();
    assertThat(email.fromAddress()).isEqualTo("noreply@leadpoint.dk");
    assertThat(email.sentAt()).isNull();
    assertThat(email.bodyText()).isEqualTo("""
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
  }

  @Test
  void htmlOnlyMailIsConvertedToReadableText() {
    ParsedEmail email = parse("html-only.eml");

    assertThat(email.bodyText()).isEqualTo("""
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
    assertThat(first.messageId()).matches("<[0-9a-f]{64}@renos\\.local>").isEqualTo(again.messageId());
    assertThat(first.messageId()).isEqualTo("<" + EmailParser.sha256(bytes("no-message-id.eml")) + "@renos.local>");
    assertThat(first.subject()).isEqualTo("Uden id");
    assertThat(first.to()).isEmpty();
  }

  @Test
  void noFromIsRefused() {
    assertThatThrownBy(() -> parse("no-from.eml"))
        .isInstanceOfSatisfying(UnparseableEmailException.class, e -> {
          assertThat(e.field()).isEqualTo("From");
          assertThat(e.reason()).isEqualTo("is missing");
        });
  }

  @Test
  void garbageAndEmptyInputAreRefused() {
    assertThatThrownBy(() -> parse("garbage.eml"))
        .isInstanceOfSatisfying(UnparseableEmailException.class, e -> {
          assertThat(e.field()).isEqualTo("message");
          assertThat(e.reason()).contains("not an RFC 822 message");
        });
    assertThatThrownBy(() -> parser.parse(new byte[0]))
        .isInstanceOfSatisfying(UnparseableEmailException.class, e -> assertThat(e.reason()).isEqualTo("is empty"));
  }

  @Test
  void anMboxFromLineAndBareIdsAreTolerated() {
    ParsedEmail email = parser.parse("""
        From kunde@example.dk Fri Mar 27 07:58:12 2026
        From: kunde@example.dk
        Message-ID: bare-id@example.dk
        In-Reply-To: "a comment" <parent@example.dk>

        Tak
        """.getBytes(StandardCharsets.UTF_8));

    assertThat(email.messageId()).isEqualTo("<bare-id@example.dk>");
    assertThat(email.inReplyTo()).isEqualTo("<parent@example.dk>");
    assertThat(email.subject()).isEmpty();
    assertThat(email.bodyText()).isEqualTo("Tak\n");
  }

  @Test
  void unlabelledBodiesAreUtf8WhenValidElseWindows1252() {
    assertThat(EmailParser.decode("æøå".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("æøå");
    assertThat(EmailParser.decode(new byte[] {(byte) 0xE6, (byte) 0xF8, (byte) 0xE5}, null)).isEqualTo("æøå");
    assertThat(EmailParser.decode(new byte[] {(byte) 0x80}, "windows-1252")).isEqualTo("€");
    assertThat(EmailParser.decode("æøå".getBytes(StandardCharsets.UTF_8), "x-unknown")).isEqualTo("æøå");
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
