package dk.renos.chat.conversation.web;

import dk.renos.chat.answer.AnswerFailure;
import dk.renos.chat.answer.AnswerListener;
import dk.renos.chat.answer.Sources;
import dk.renos.chat.conversation.ChatMessage;
import dk.renos.chat.conversation.Conversations;
import dk.renos.chat.conversation.Conversations.Asked;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Forwards an answer to the client as server-sent events while collecting it, and stores it when it
 * is complete, also when the client has gone away meanwhile (it is in the conversation when they
 * come back).
 */
final class StreamedAnswer implements AnswerListener {

  private static final Logger log = LoggerFactory.getLogger(StreamedAnswer.class);

  private final SseEmitter emitter;

  private final Asked asked;

  private final Conversations conversations;

  private final StringBuilder text = new StringBuilder();

  private boolean clientGone;

  StreamedAnswer(SseEmitter emitter, Asked asked, Conversations conversations) {
    this.emitter = emitter;
    this.asked = asked;
    this.conversations = conversations;
    emitter.onTimeout(() -> clientGone = true);
    emitter.onError(error -> clientGone = true);
  }

  @Override
  public synchronized void token(String delta) {
    text.append(delta);
    send("token", Map.of("text", delta));
  }

  @Override
  public synchronized void completed(Sources sources) {
    Optional<ChatMessage> stored =
        conversations.answered(asked.conversationId(), text.toString(), sources);
    send("sources", SourcesView.of(sources));
    if (stored.isPresent()) {
      send("done", Map.of("messageId", stored.get().getId(), "questionId", asked.messageId()));
    } else {
      sendProblem(
          new AnswerFailure(
              404, "Conversation deleted", "The conversation was deleted during the answer."));
    }
    finish();
  }

  @Override
  public synchronized void failed(AnswerFailure failure) {
    log.info(
        "Answer in conversation {} failed: {} {}",
        asked.conversationId(),
        failure.status(),
        failure.title());
    sendProblem(failure);
    finish();
  }

  private void sendProblem(AnswerFailure failure) {
    ProblemDetail problem = CollectedAnswer.problem(failure).getBody();
    send("error", problem);
  }

  private void send(String event, Object data) {
    if (clientGone) {
      return;
    }
    try {
      emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException e) {
      // the client closed the stream; the answer is still completed and stored
      clientGone = true;
    }
  }

  private void finish() {
    if (!clientGone) {
      emitter.complete();
    }
  }
}
