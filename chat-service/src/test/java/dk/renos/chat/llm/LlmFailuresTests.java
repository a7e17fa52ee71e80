package dk.renos.chat.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.RateLimitException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** A model failure becomes a status and a title the client can act on, from its cause chain. */
class LlmFailuresTests {

  @Test
  void rateLimitIs503AndServerErrorIs502() {
    assertThat(LlmFailures.of(new RateLimitException("429 {\"error\":...}")).status())
        .isEqualTo(503);
    assertThat(LlmFailures.of(new InternalServerException("500")).status()).isEqualTo(502);
    assertThat(LlmFailures.kind(new InternalServerException("500"))).isEqualTo("server-error");
  }

  @Test
  void aTimeoutDeepInTheCauseChainIs504() {
    Throwable wrapped =
        new LangChain4jException(
            "call failed", new RuntimeException(new HttpTimeoutException("request timed out")));

    assertThat(LlmFailures.kind(wrapped)).isEqualTo("timeout");
    assertThat(LlmFailures.of(wrapped).status()).isEqualTo(504);
  }

  @Test
  void aBrokenStreamIs502AndTheDetailNeverCarriesTheModelsErrorText() {
    Throwable broken =
        new LangChain4jException("secret prompt echoed", new IOException("chunked body ended"));

    assertThat(LlmFailures.kind(broken)).isEqualTo("broken");
    assertThat(LlmFailures.of(broken).status()).isEqualTo(502);
    assertThat(LlmFailures.of(broken).detail()).doesNotContain("secret prompt");
    assertThat(LlmFailures.of(new RateLimitException("secret prompt")).detail())
        .doesNotContain("secret");
  }
}
