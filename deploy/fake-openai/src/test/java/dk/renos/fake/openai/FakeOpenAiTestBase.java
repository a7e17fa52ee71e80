package dk.renos.fake.openai;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One fake per test class, reset before each test (which is what reset() is for), and the real
 * langchain4j OpenAI clients pointed at it.
 */
abstract class FakeOpenAiTestBase {
  static final String MODEL = "gpt-4o-mini";
  static FakeOpenAiServer openAi;

  @BeforeAll
  static void startFake() {
    openAi = FakeOpenAiServer.start();
  }

  @AfterAll
  static void stopFake() {
    openAi.close();
  }

  @BeforeEach
  void resetFake() {
    openAi.reset();
  }

  /** No retries unless a test asks for them, so a fault shows as exactly one request. */
  static OpenAiChatModel.OpenAiChatModelBuilder chatModel() {
    return OpenAiChatModel.builder()
        .baseUrl(openAi.baseUrl())
        .apiKey(openAi.apiKey())
        .modelName(MODEL)
        .timeout(Duration.ofSeconds(10))
        .maxRetries(0);
  }

  static OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder streamingModel() {
    return OpenAiStreamingChatModel.builder()
        .baseUrl(openAi.baseUrl())
        .apiKey(openAi.apiKey())
        .modelName(MODEL)
        .timeout(Duration.ofSeconds(10));
  }
}
