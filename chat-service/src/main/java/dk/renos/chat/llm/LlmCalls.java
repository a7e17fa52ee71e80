package dk.renos.chat.llm;

import dk.renos.support.persistence.StringListConverter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records every answer of the language model, without content: a row in {@code llm_call} and the
 * metrics {@code renos.chat.llm.calls} (timer; tags model, prompt, outcome), {@code
 * renos.chat.llm.first.token} (timer; model) and {@code renos.chat.llm.tokens} (counter; model,
 * kind input/output).
 */
public class LlmCalls {

  private static final Logger log = LoggerFactory.getLogger(LlmCalls.class);

  /**
   * One answer: {@code modelRequests} counts the rounds (a tool call and its result is one more).
   */
  public record Call(
      UUID conversationId,
      String model,
      String promptVersion,
      Instant startedAt,
      Duration latency,
      Duration firstToken,
      int modelRequests,
      Integer inputTokens,
      Integer outputTokens,
      List<String> toolsCalled,
      String outcome) {}

  private final JdbcClient jdbc;

  private final MeterRegistry meters;

  LlmCalls(JdbcClient jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.meters = meters;
  }

  public void record(Call call) {
    Timer.builder("renos.chat.llm.calls")
        .description("Answers of the language model, by outcome")
        .tag("model", call.model())
        .tag("prompt", call.promptVersion())
        .tag("outcome", call.outcome())
        .register(meters)
        .record(call.latency());
    if (call.firstToken() != null) {
      Timer.builder("renos.chat.llm.first.token")
          .description("Time from the question to the model's first token")
          .tag("model", call.model())
          .register(meters)
          .record(call.firstToken());
    }
    count(call.model(), "input", call.inputTokens());
    count(call.model(), "output", call.outputTokens());
    try {
      jdbc.sql(
              """
              INSERT INTO llm_call (id, conversation_id, model, prompt_version, started_at,
                latency_ms, first_token_ms, model_requests, input_tokens, output_tokens,
                tools_called, outcome)
              VALUES (:id, :conversation, :model, :prompt, :started, :latency, :firstToken,
                :requests, :input, :output, :tools, :outcome)
              """)
          .param("id", UUID.randomUUID())
          .param("conversation", call.conversationId())
          .param("model", call.model())
          .param("prompt", call.promptVersion())
          .param("started", Timestamp.from(call.startedAt()))
          .param("latency", call.latency().toMillis())
          .param("firstToken", call.firstToken() == null ? null : call.firstToken().toMillis())
          .param("requests", call.modelRequests())
          .param("input", call.inputTokens())
          .param("output", call.outputTokens())
          .param("tools", StringListConverter.encode(call.toolsCalled()))
          .param("outcome", call.outcome())
          .update();
    } catch (RuntimeException e) {
      // the record must never cost the staff member their answer
      log.warn("Could not record an LLM call: {}", e.getClass().getSimpleName());
    }
  }

  private void count(String model, String kind, Integer tokens) {
    if (tokens != null && tokens > 0) {
      Counter.builder("renos.chat.llm.tokens")
          .description("Tokens the language model used")
          .tag("model", model)
          .tag("kind", kind)
          .register(meters)
          .increment(tokens);
    }
  }
}
