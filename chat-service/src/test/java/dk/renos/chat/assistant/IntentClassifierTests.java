package dk.renos.chat.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Danish question set (test resources {@code assistant/questions.tsv}) against the classifier:
 * the hit rate is printed, and must not fall below 90 %.
 */
class IntentClassifierTests {

  private final IntentClassifier classifier = new IntentClassifier();

  record Question(String text, Intent expected) {}

  @Test
  void theDanishQuestionSetIsRecognisedAtLeastNinetyPercent() throws IOException {
    List<Question> questions = questions();
    assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
    List<String> misses = new ArrayList<>();
    for (Question question : questions) {
      Intent actual = classifier.classify(question.text());
      if (actual != question.expected()) {
        misses.add(question.text() + " -> " + actual + " (expected " + question.expected() + ")");
      }
    }
    int hits = questions.size() - misses.size();
    System.out.printf(
        "Question set: %d/%d intents recognised (%.1f %%)%n",
        hits, questions.size(), 100.0 * hits / questions.size());
    misses.forEach(miss -> System.out.println("  miss: " + miss));
    assertThat(hits * 10).isGreaterThanOrEqualTo(questions.size() * 9);
  }

  @Test
  void aQuestionOutsideRenOsIsUnknownNotAGuess() {
    assertThat(classifier.classify("Hvem vandt fodboldkampen?")).isEqualTo(Intent.UNKNOWN);
  }

  @Test
  void statisticsAboutLeadsWinOverAListOfLeads() {
    assertThat(classifier.classify("Hvor mange leads kom der fra Leadmail?"))
        .isEqualTo(Intent.LEAD_STATISTICS);
    assertThat(classifier.classify("Vis leads fra Leadmail")).isEqualTo(Intent.LEADS);
  }

  @Test
  void anOverviewOfACustomerIsNotAPlainSearch() {
    assertThat(classifier.classify("Overblik over kunden Hansen"))
        .isEqualTo(Intent.CUSTOMER_OVERVIEW);
    assertThat(classifier.classify("Find kunden Hansen")).isEqualTo(Intent.FIND_CUSTOMER);
  }

  private static List<Question> questions() throws IOException {
    try (InputStream in =
        IntentClassifierTests.class.getResourceAsStream("/assistant/questions.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(parts -> new Question(parts[0], Intent.valueOf(parts[1].strip())))
          .toList();
    }
  }
}
