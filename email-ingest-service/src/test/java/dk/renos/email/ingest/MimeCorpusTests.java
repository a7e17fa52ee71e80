package dk.renos.email.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every message of {@code src/test/resources/mime-corpus} through the parser; the folder is
 * listed, so adding a {@code .eml} with its expectations adds a case. The format is described in
 * the folder's README.md.
 */
class MimeCorpusTests {

  private static final Path CORPUS = corpus();

  private final EmailParser parser = new EmailParser();

  static Stream<String> messages() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(".eml"))
          .map(file -> file.substring(0, file.length() - ".eml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void parsesAsExpected(String name) throws IOException {
    Path expectedText = CORPUS.resolve(name + ".expected.txt");
    assertThat(expectedText).as("%s.eml has no %s.expected.txt", name, name).exists();

    ParsedEmail email = parser.parse(onTheWire(Files.readAllBytes(CORPUS.resolve(name + ".eml"))));

    assertThat(email.bodyText())
        .as("body of %s", name)
        .isEqualTo(Files.readString(expectedText, UTF_8).replace("\r\n", "\n"));
    Path expectedProperties = CORPUS.resolve(name + ".expected.properties");
    if (Files.exists(expectedProperties)) {
      Properties expected = new Properties();
      try (Reader reader = Files.newBufferedReader(expectedProperties, UTF_8)) {
        expected.load(reader);
      }
      assertProperties(email, expected);
    }
  }

  @Test
  void theCorpusIsCompleteAndHasNoStrayExpectations() throws IOException {
    List<String> names = messages().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(16);
    try (Stream<Path> files = Files.list(CORPUS)) {
      files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.contains(".expected."))
          .forEach(
              file ->
                  assertThat(names)
                      .as("%s belongs to no .eml", file)
                      .contains(file.substring(0, file.indexOf(".expected."))));
    }
  }

  private static void assertProperties(ParsedEmail email, Properties expected) {
    SoftAssertions softly = new SoftAssertions();
    if (expected.containsKey("subject")) {
      softly.assertThat(email.subject()).as("subject").isEqualTo(expected.getProperty("subject"));
    }
    if (expected.containsKey("from")) {
      softly.assertThat(email.fromAddress()).as("from").isEqualTo(expected.getProperty("from"));
    }
    if (expected.containsKey("fromName")) {
      softly
          .assertThat(email.fromName())
          .as("fromName")
          .isEqualTo(orNull(expected.getProperty("fromName")));
    }
    if (expected.containsKey("to")) {
      softly.assertThat(email.to()).as("to").isEqualTo(list(expected.getProperty("to"), ","));
    }
    if (expected.containsKey("messageId")) {
      softly
          .assertThat(email.messageId())
          .as("messageId")
          .isEqualTo(expected.getProperty("messageId"));
    }
    if (expected.containsKey("inReplyTo")) {
      softly
          .assertThat(email.inReplyTo())
          .as("inReplyTo")
          .isEqualTo(orNull(expected.getProperty("inReplyTo")));
    }
    if (expected.containsKey("references")) {
      softly
          .assertThat(email.references())
          .as("references")
          .isEqualTo(list(expected.getProperty("references"), " "));
    }
    if (expected.containsKey("sentAt")) {
      String sentAt = orNull(expected.getProperty("sentAt"));
      softly
          .assertThat(email.sentAt())
          .as("sentAt")
          .isEqualTo(sentAt == null ? null : Instant.parse(sentAt));
    }
    softly.assertThat(email.attachments()).as("attachments").isEqualTo(attachments(expected));
    softly.assertAll();
  }

  /**
   * {@code attachment.N=name;type;size;inline}, N from 1; empty name: {@code null}; none listed:
   * none.
   */
  private static List<Attachment> attachments(Properties expected) {
    List<Attachment> attachments = new ArrayList<>();
    for (int n = 1; expected.containsKey("attachment." + n); n++) {
      String value = expected.getProperty("attachment." + n);
      // Fields are taken from the right: a file name may itself contain ';'.
      int inline = value.lastIndexOf(';');
      int size = value.lastIndexOf(';', inline - 1);
      int type = value.lastIndexOf(';', size - 1);
      attachments.add(
          new Attachment(
              orNull(value.substring(0, type)),
              value.substring(type + 1, size),
              Long.parseLong(value.substring(size + 1, inline)),
              Boolean.parseBoolean(value.substring(inline + 1))));
    }
    return attachments;
  }

  private static List<String> list(String value, String separator) {
    return value.isBlank()
        ? List.of()
        : Arrays.stream(value.split(separator)).map(String::strip).toList();
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }

  /**
   * Mail travels with CRLF line ends. The files are written so, but a checkout may turn them into
   * LF; bare LFs become CRLF again so that decoded sizes of text attachments do not depend on how
   * git stored the file.
   */
  static byte[] onTheWire(byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + file.length / 40);
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '\n' && (i == 0 || file[i - 1] != '\r')) {
        out.write('\r');
      }
      out.write(file[i]);
    }
    return out.toByteArray();
  }

  private static Path corpus() {
    try {
      return Path.of(MimeCorpusTests.class.getResource("/mime-corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
