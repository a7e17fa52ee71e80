package dk.renos.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiSnapshotTests {

  @TempDir Path root;

  @Test
  void theCommittedFormHasSortedKeysAtEveryLevelAndOneTrailingNewline() {
    String canonical =
        OpenApiSnapshot.canonical(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(
                    "{\"paths\":{\"/b\":{},\"/a\":{\"z\":1,\"y\":[{\"d\":1,\"c\":2}]}},\"info\":{}}"));

    assertThat(canonical)
        .endsWith("}\n")
        .doesNotEndWith("\n\n")
        .containsSubsequence(
            "\"info\"", "\"paths\"", "\"/a\"", "\"y\"", "\"c\"", "\"d\"", "\"z\"", "\"/b\"");
  }

  @Test
  void aLiveDocumentEqualToTheCommittedOneInAnyKeyOrderPasses() throws Exception {
    Path file = root.resolve("docs/openapi/lead-service.json");
    OpenApiSnapshot.assertMatches("{\"b\":1,\"a\":2}", file, "lead-service", true, root);

    OpenApiSnapshot.assertMatches("{\"a\":2,\"b\":1}", file, "lead-service", false, root);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{").endsWith("}\n");
  }

  @Test
  void aStaleCommittedDocumentFailsNamingTheFileAndTheRegenerateCommand() throws Exception {
    Path file = root.resolve("docs/openapi/lead-service.json");
    OpenApiSnapshot.assertMatches("{\"paths\":{}}", file, "lead-service", true, root);

    assertThatThrownBy(
            () ->
                OpenApiSnapshot.assertMatches(
                    "{\"paths\":{\"/api/leads\":{}}}", file, "lead-service", false, root))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("docs/openapi/lead-service.json")
        .hasMessageContaining("-pl lead-service")
        .hasMessageContaining("-Drenos.openapi.update=true");
  }

  @Test
  void aMissingCommittedDocumentFailsWithTheCommandThatCreatesIt() {
    Path file = root.resolve("docs/openapi/quote-service.json");

    assertThatThrownBy(
            () -> OpenApiSnapshot.assertMatches("{}", file, "quote-service", false, root))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-Drenos.openapi.update=true")
        .hasMessageContaining("-pl quote-service");
  }

  @Test
  void updateRewritesTheCommittedDocumentWithTheLiveOne() throws Exception {
    Path file = root.resolve("docs/openapi/quote-service.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"old\":true}\n");

    OpenApiSnapshot.assertMatches("{\"new\":true}", file, "quote-service", true, root);

    assertThat(Files.readString(file)).contains("\"new\"").doesNotContain("\"old\"");
  }
}
