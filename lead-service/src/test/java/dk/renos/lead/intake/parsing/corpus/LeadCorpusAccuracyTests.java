package dk.renos.lead.intake.parsing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over the extraction corpus ({@code src/test/resources/corpus}, or the directory
 * in {@code -Drenos.corpus.dir=...}: a held-out corpus in the same format) and fails when a field
 * falls below the threshold or any non-lead mail becomes a lead. The report is printed and written
 * to {@code target/lead-accuracy.txt} ({@code deploy/bench/lead-accuracy.sh} shows it).
 */
class LeadCorpusAccuracyTests {

  /** Per field; the measured figures are in the report (and docs/services/lead-service.md). */
  private static final double MIN_FIELD_ACCURACY = 0.98;

  @Test
  void everyFieldIsRightOnAtLeast98PercentOfTheCorpusAndNoNonLeadMailBecomesALead()
      throws IOException, URISyntaxException {
    Path dir = corpusDirectory();
    CorpusAccuracy.Report report = CorpusAccuracy.measure(dir);
    String text = "corpus: " + dir + "\n" + report.format();
    System.out.print(text);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("lead-accuracy.txt"), text, StandardCharsets.UTF_8);
    }

    if (System.getProperty("renos.corpus.dir") == null) {
      assertThat(report.messages()).isGreaterThanOrEqualTo(100);
      assertThat(report.nonLeadMessages()).isGreaterThanOrEqualTo(25);
    }
    for (String field : CorpusAccuracy.FIELDS) {
      assertThat(report.accuracy(field))
          .as(field + "\n" + text)
          .isGreaterThanOrEqualTo(MIN_FIELD_ACCURACY);
    }
    assertThat(report.falseLeads()).as("leads from non-lead mail\n" + text).isZero();
  }

  private static Path corpusDirectory() throws URISyntaxException {
    String configured = System.getProperty("renos.corpus.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(LeadCorpusAccuracyTests.class.getResource("/corpus").toURI());
  }
}
