package dk.renos.fake.openai;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Collects what a streaming handler is told, with the time each token arrived. */
final class StreamRecorder implements StreamingChatResponseHandler {
  record Token(String text, long nanos) {}

  final List<Token> tokens = new CopyOnWriteArrayList<>();
  final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
  volatile long completedNanos;

  @Override
  public void onPartialResponse(String partialResponse) {
    tokens.add(new Token(partialResponse, System.nanoTime()));
  }

  @Override
  public void onCompleteResponse(ChatResponse completeResponse) {
    completedNanos = System.nanoTime();
    done.complete(completeResponse);
  }

  @Override
  public void onError(Throwable error) {
    done.completeExceptionally(error);
  }

  ChatResponse await() throws Exception {
    return done.get(20, TimeUnit.SECONDS);
  }

  /** The error the stream ended with (fails when it completed instead). */
  Throwable awaitError() throws Exception {
    try {
      ChatResponse response = done.get(20, TimeUnit.SECONDS);
      throw new AssertionError("expected onError, but the stream completed with " + response);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
  }

  List<String> texts() {
    return tokens.stream().map(Token::text).toList();
  }
}
