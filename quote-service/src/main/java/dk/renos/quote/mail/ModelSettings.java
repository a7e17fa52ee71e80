package dk.renos.quote.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional language model that writes the quote mail's personal opening and closing paragraphs
 * ({@code renos.quote.llm.*}). Off unless an API key is set.
 *
 * @param apiKey env {@code RENOS_OPENAI_API_KEY}; unset or blank = no model, the template's texts
 * @param baseUrl env {@code RENOS_OPENAI_BASE_URL}, default {@code https://api.openai.com/v1}
 * @param model env {@code RENOS_OPENAI_MODEL}, default {@code gpt-4o-mini}
 * @param timeout env {@code RENOS_QUOTE_LLM_TIMEOUT}, default 10 s; longer → the template's texts
 */
@ConfigurationProperties("renos.quote.llm")
public record ModelSettings(String apiKey, String baseUrl, String model, Duration timeout) {

  public ModelSettings {
    baseUrl = baseUrl != null && !baseUrl.isBlank() ? baseUrl : "https://api.openai.com/v1";
    model = model != null && !model.isBlank() ? model : "gpt-4o-mini";
    timeout = timeout != null ? timeout : Duration.ofSeconds(10);
  }

  public boolean enabled() {
    return apiKey != null && !apiKey.isBlank();
  }
}
