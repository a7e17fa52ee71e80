package dk.renos.fake.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** OpenAiStreamingChatModel against the fake's text/event-stream answers. */
class StreamingTests extends FakeOpenAiTestBase {

  @Test
  void streamedAnswerArrivesTokenByToken() throws Exception {
    openAi.script().reply(Reply.text("Vi har tid tirsdag kl. 9."));
    StreamRecorder handler = new StreamRecorder();

    streamingModel().build().chat("Hvornår har I tid?", handler);
    ChatResponse response = handler.await();

    assertThat(handler.texts())
        .containsExactly("Vi", " har", " tid", " tirsdag", " kl", ".", " 9", ".");
    assertThat(response.aiMessage().text()).isEqualTo("Vi har tid tirsdag kl. 9.");
    assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
  }

  @Test
  void firstTokenReachesTheClientBeforeTheLastIsWritten() throws Exception {
    // 8 chunks after the role chunk, 250 ms before each: the last token is written >= 2 s after
    // the first. A buffered stream would deliver all tokens together, at the end.
    openAi.faults().chunkDelay(Duration.ofMillis(250));
    openAi.script().reply(Reply.text("en to tre fire fem seks syv otte"));
    StreamRecorder handler = new StreamRecorder();

    streamingModel().build().chat("tæl", handler);
    handler.await();

    long firstToLast = handler.tokens.getLast().nanos() - handler.tokens.getFirst().nanos();
    assertThat(Duration.ofNanos(firstToLast)).isGreaterThan(Duration.ofMillis(1000));
    assertThat(handler.completedNanos).isGreaterThan(handler.tokens.getFirst().nanos());
  }

  @Test
  void usageChunkIsSentBecauseTheClientAsksForIt() throws Exception {
    openAi.script().reply(Reply.text("Hej Anna, tak!"));
    StreamRecorder handler = new StreamRecorder();

    streamingModel().build().chat("Skriv hej", handler);
    ChatResponse response = handler.await();

    assertThat(openAi.lastChatCompletion().orElseThrow().includeUsage()).isTrue();
    assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(2);
    assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(5);
    assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(7);
  }

  @Test
  void streamedToolCallArgumentsSpreadOverSeveralChunksAreReassembled() throws Exception {
    String arguments = "{\"date\":\"2026-05-04\",\"team\":\"Nord\",\"hours\":3}";
    openAi.script().reply(Reply.toolCall("planForDay", arguments));
    StreamRecorder handler = new StreamRecorder();

    streamingModel()
        .build()
        .chat(
            dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(dev.langchain4j.data.message.UserMessage.from("Plan mandag?"))
                .toolSpecifications(
                    dev.langchain4j.agent.tool.ToolSpecification.builder()
                        .name("planForDay")
                        .build())
                .build(),
            handler);
    ChatResponse response = handler.await();

    assertThat(arguments.length()).isGreaterThan(3 * Completion.ARGUMENT_PIECE);
    assertThat(response.aiMessage().toolExecutionRequests())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.id()).isEqualTo("call_1");
              assertThat(call.name()).isEqualTo("planForDay");
              assertThat(call.arguments()).isEqualTo(arguments);
            });
    assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
  }
}
