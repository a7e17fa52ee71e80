package dk.renos.chat.llm;

import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dk.renos.chat.readmodel.ReadModels;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * With {@code RENOS_OPENAI_API_KEY} set, the language-model assistant answers (it is the primary
 * {@code Assistant}); without it the deterministic one does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenAiProperties.class)
class LlmConfig {

  @Bean
  @Primary
  @Conditional(KeyConfigured.class)
  LlmAssistant llmAssistant(
      OpenAiProperties openAi, ReadModels readModels, Clock clock, LlmCalls calls) {
    OpenAiStreamingChatModel model =
        OpenAiStreamingChatModel.builder()
            .baseUrl(openAi.baseUrl())
            .apiKey(openAi.apiKey())
            .modelName(openAi.model())
            .timeout(openAi.timeout())
            .maxTokens(openAi.maxTokens())
            .build();
    return new LlmAssistant(
        model, openAi.model(), readModels, clock, openAi.maxToolRounds(), calls);
  }

  @Bean
  LlmCalls llmCalls(JdbcClient jdbc, MeterRegistry meters) {
    return new LlmCalls(jdbc, meters);
  }

  /** A non-blank {@code renos.openai.api-key}. */
  static final class KeyConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("renos.openai.api-key"));
    }
  }
}
