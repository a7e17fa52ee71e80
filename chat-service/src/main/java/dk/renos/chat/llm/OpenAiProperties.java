package dk.renos.chat.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenAI-compatible model the assistant uses when a key is set ({@code renos.openai.*},
 * environment {@code RENOS_OPENAI_*}). Without a key the deterministic assistant answers.
 *
 * @param apiKey the key; blank = no model
 * @param baseUrl where the Chat Completions API is ({@code .../v1})
 * @param model the model name
 * @param timeout how long the client waits for the model to start answering
 * @param maxTokens the most tokens one model reply may have
 * @param maxToolRounds the most tool calls one answer may make
 */
@ConfigurationProperties("renos.openai")
public record OpenAiProperties(
    String apiKey,
    String baseUrl,
    String model,
    Duration timeout,
    Integer maxTokens,
    Integer maxToolRounds) {

  public OpenAiProperties {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.openai.com/v1" : baseUrl;
    model = model == null || model.isBlank() ? "gpt-4o-mini" : model;
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    maxTokens = maxTokens == null ? 800 : maxTokens;
    maxToolRounds = maxToolRounds == null ? 6 : maxToolRounds;
  }

  public boolean configured() {
    return apiKey != null && !apiKey.isBlank();
  }
}
