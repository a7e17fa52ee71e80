package dk.renos.chat.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import dk.renos.chat.answer.AnswerListener;
import dk.renos.chat.answer.Assistant;
import dk.renos.chat.answer.Question;
import dk.renos.chat.answer.Sources;
import dk.renos.chat.readmodel.ReadModels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant with a language model: langchain4j AI Services over a streaming OpenAI-compatible
 * model, with {@link AssistantTools} over the read models. Tokens are passed on as the model
 * streams them; a failure (rate limit, server error, timeout, broken stream) ends the answer with a
 * clear {@link LlmFailures failure}.
 */
public class LlmAssistant implements Assistant {

  /** Names the system prompt below; recorded with every model call. Change it with the prompt. */
  public static final String PROMPT_VERSION = "assistant-2026-12-04";

  private static final Logger log = LoggerFactory.getLogger(LlmAssistant.class);

  /** Earlier messages of the conversation the model sees (the newest). */
  private static final int HISTORY_MESSAGES = 20;

  interface Agent {
    TokenStream chat(String question);
  }

  private final StreamingChatModel model;

  private final ReadModels readModels;

  private final Clock clock;

  private final String modelName;

  private final int maxToolRounds;

  private final LlmCalls calls;

  public LlmAssistant(
      StreamingChatModel model,
      String modelName,
      ReadModels readModels,
      Clock clock,
      int maxToolRounds,
      LlmCalls calls) {
    this.model = model;
    this.modelName = modelName;
    this.readModels = readModels;
    this.clock = clock;
    this.maxToolRounds = maxToolRounds;
    this.calls = calls;
  }

  @Override
  public void answer(Question question, AnswerListener listener) {
    Sources sources = new Sources();
    AssistantTools tools =
        new AssistantTools(readModels, sources, ContactScope.of(question.text()), clock);
    Agent agent =
        AiServices.builder(Agent.class)
            .streamingChatModel(model)
            .tools(tools)
            .chatMemory(memoryOf(question.history()))
            .systemMessageProvider(memoryId -> systemPrompt())
            .maxSequentialToolsInvocations(maxToolRounds)
            .build();
    CallRecorder recorder = new CallRecorder(question.conversationId());
    AtomicBoolean ended = new AtomicBoolean();
    try {
      agent
          .chat(question.text())
          .onPartialResponse(
              delta -> {
                if (!ended.get() && !delta.isEmpty()) {
                  recorder.token();
                  listener.token(delta);
                }
              })
          .onIntermediateResponse(recorder::response)
          .onToolExecuted(execution -> recorder.tool(execution.request().name()))
          .onCompleteResponse(
              response -> {
                if (ended.compareAndSet(false, true)) {
                  recorder.response(response);
                  recorder.end("ok");
                  listener.completed(sources);
                }
              })
          .onError(
              error -> {
                if (ended.compareAndSet(false, true)) {
                  log.warn("The language model failed: {}", LlmFailures.kind(error));
                  recorder.end(LlmFailures.kind(error));
                  listener.failed(LlmFailures.of(error));
                }
              })
          .start();
    } catch (RuntimeException error) {
      if (ended.compareAndSet(false, true)) {
        log.warn("The language model could not be called: {}", LlmFailures.kind(error));
        recorder.end(LlmFailures.kind(error));
        listener.failed(LlmFailures.of(error));
      }
    }
  }

  /** Gathers one answer's figures (never its content) for {@link LlmCalls}. */
  private final class CallRecorder {
    private final UUID conversationId;
    private final Instant startedAt = clock.instant();
    private final long startNanos = System.nanoTime();
    private final List<String> tools = new CopyOnWriteArrayList<>();
    private volatile long firstTokenNanos;
    private int requests;
    private Integer inputTokens;
    private Integer outputTokens;

    CallRecorder(UUID conversationId) {
      this.conversationId = conversationId;
    }

    void token() {
      if (firstTokenNanos == 0) {
        firstTokenNanos = System.nanoTime();
      }
    }

    synchronized void response(ChatResponse response) {
      requests++;
      TokenUsage usage = response.tokenUsage();
      if (usage != null) {
        inputTokens = sum(inputTokens, usage.inputTokenCount());
        outputTokens = sum(outputTokens, usage.outputTokenCount());
      }
    }

    void tool(String name) {
      tools.add(name);
    }

    synchronized void end(String outcome) {
      long now = System.nanoTime();
      calls.record(
          new LlmCalls.Call(
              conversationId,
              modelName,
              PROMPT_VERSION,
              startedAt,
              Duration.ofNanos(now - startNanos),
              firstTokenNanos == 0 ? null : Duration.ofNanos(firstTokenNanos - startNanos),
              // a failed answer still made the request that failed
              Math.max(requests, 1),
              inputTokens,
              outputTokens,
              List.copyOf(tools),
              outcome));
    }

    private static Integer sum(Integer total, Integer more) {
      return more == null ? total : (total == null ? 0 : total) + more;
    }
  }

  private String systemPrompt() {
    LocalDate today = clock.instant().atZone(AssistantTools.COPENHAGEN).toLocalDate();
    return """
        Du er RenOS' assistent for personalet i et dansk rengøringsfirma. Svar kort og på dansk.
        I dag er %s (%s), tidszone Europe/Copenhagen.
        Brug værktøjerne til alle fakta om kunder, leads, tilbud og bookinger; gæt aldrig.
        Du kan ikke sende mails, godkende tilbud eller booke: sig det, hvis du bliver bedt om det.
        """
        .formatted(today, today.getDayOfWeek());
  }

  private static ChatMemory memoryOf(List<Question.Turn> history) {
    ChatMemory memory = MessageWindowChatMemory.withMaxMessages(HISTORY_MESSAGES + 2);
    List<Question.Turn> recent =
        history.subList(Math.max(0, history.size() - HISTORY_MESSAGES), history.size());
    for (Question.Turn turn : recent) {
      memory.add(
          turn.fromUser() ? UserMessage.from(turn.content()) : AiMessage.from(turn.content()));
    }
    return memory;
  }
}
