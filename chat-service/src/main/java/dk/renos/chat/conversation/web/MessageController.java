package dk.renos.chat.conversation.web;

import dk.renos.chat.answer.Assistant;
import dk.renos.chat.conversation.ChatMessage;
import dk.renos.chat.conversation.Conversations;
import dk.renos.chat.conversation.Conversations.Asked;
import dk.renos.support.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A question in one of the caller's own conversations and the assistant's answer: streamed as
 * server-sent events when the client accepts {@code text/event-stream}, else as one JSON answer.
 * The question is stored before the assistant starts, the answer once it is complete.
 */
@RestController
@RequestMapping("/api/chat/conversations/{id}/messages")
class MessageController {

  private final Conversations conversations;

  private final Assistant assistant;

  private final Executor executor;

  private final Duration answerTimeout;

  MessageController(
      Conversations conversations,
      Assistant assistant,
      @Qualifier("applicationTaskExecutor") Executor executor,
      @Value("${renos.chat.answer-timeout}") Duration answerTimeout) {
    this.conversations = conversations;
    this.assistant = assistant;
    this.executor = executor;
    this.answerTimeout = answerTimeout;
  }

  /**
   * Events {@code token} (text deltas), then {@code sources} and {@code done}, or {@code error}.
   */
  @PostMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(
      CurrentUser user, @PathVariable UUID id, @Valid @RequestBody NewMessage message) {
    Asked asked = ask(user, id, message);
    SseEmitter emitter = new SseEmitter(answerTimeout.toMillis());
    StreamedAnswer answer = new StreamedAnswer(emitter, asked, conversations);
    executor.execute(() -> assistant.answer(asked.question(), answer));
    return emitter;
  }

  /** The whole answer at once (for clients that do not read event streams). */
  @PostMapping
  AnswerView answer(
      CurrentUser user, @PathVariable UUID id, @Valid @RequestBody NewMessage message) {
    Asked asked = ask(user, id, message);
    CollectedAnswer collected = new CollectedAnswer();
    executor.execute(() -> assistant.answer(asked.question(), collected));
    CollectedAnswer.Result result = collected.await(answerTimeout);
    ChatMessage stored =
        conversations
            .answered(asked.conversationId(), result.text(), result.sources())
            .orElseThrow(() -> ConversationController.notFound(id));
    return new AnswerView(
        stored.getId(), asked.messageId(), stored.getContent(), SourcesView.of(result.sources()));
  }

  private Asked ask(CurrentUser user, UUID id, NewMessage message) {
    return conversations
        .ask(user.username(), id, message.text().strip())
        .orElseThrow(() -> ConversationController.notFound(id));
  }

  record NewMessage(@NotBlank @Size(max = 4000) String text) {}

  /**
   * @param messageId the stored answer
   * @param questionId the stored question
   */
  record AnswerView(UUID messageId, UUID questionId, String content, SourcesView sources) {}
}
