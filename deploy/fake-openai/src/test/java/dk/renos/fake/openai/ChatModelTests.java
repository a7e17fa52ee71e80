package dk.renos.fake.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import org.junit.jupiter.api.Test;

/** The non-streaming OpenAiChatModel against the fake. */
class ChatModelTests extends FakeOpenAiTestBase {

  @Test
  void plainAnswerIsTheScriptedText() {
    openAi.script().reply(Reply.text("Kære Anna, tak for din henvendelse."));

    String answer = chatModel().build().chat("Skriv en indledning");

    assertThat(answer).isEqualTo("Kære Anna, tak for din henvendelse.");
  }

  @Test
  void usageCountsWordsAndPunctuationOfPromptAndAnswer() {
    openAi.script().reply(Reply.text("Hej Anna, tak!"));

    ChatResponse response =
        chatModel()
            .build()
            .chat(
                ChatRequest.builder()
                    .messages(SystemMessage.from("Du er venlig."), UserMessage.from("Skriv hej"))
                    .build());

    // prompt: "Du", "er", "venlig", "." + "Skriv", "hej" = 6; answer: "Hej", "Anna", ",", "tak",
    // "!"
    assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(6);
    assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(5);
    assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(11);
    assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(response.metadata().modelName()).isEqualTo(MODEL);
    assertThat(response.metadata().id()).isEqualTo("chatcmpl-fake-1");
  }

  @Test
  void unscriptedRequestGetsTheDeterministicDefault() {
    String answer = chatModel().build().chat("Hvad koster en flytterengøring?");

    assertThat(answer).isEqualTo("Fake answer to: Hvad koster en flytterengøring?");
    assertThat(openAi.requests())
        .singleElement()
        .extracting(RecordedRequest::outcome)
        .isEqualTo("default");
  }

  @Test
  void maxCompletionTokensCutsTheAnswerWithFinishReasonLength() {
    openAi.script().reply(Reply.text("en to tre fire fem seks"));

    ChatResponse response =
        chatModel()
            .maxCompletionTokens(3)
            .build()
            .chat(ChatRequest.builder().messages(UserMessage.from("tæl")).build());

    assertThat(response.aiMessage().text()).isEqualTo("en to tre");
    assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
  }

  @Test
  void scriptedToolCallsReachTheClientWithIdsNamesAndArguments() {
    openAi
        .script()
        .reply(
            Reply.toolCalls(
                ToolCall.of("findCustomer", "{\"name\":\"Anna\"}"),
                new ToolCall("call_own", "planForDay", "{\"date\":\"2026-05-04\"}")));

    ChatResponse response =
        chatModel()
            .build()
            .chat(
                ChatRequest.builder()
                    .messages(UserMessage.from("Hvem er Anna og hvad sker der mandag?"))
                    .toolSpecifications(
                        dev.langchain4j.agent.tool.ToolSpecification.builder()
                            .name("findCustomer")
                            .build(),
                        dev.langchain4j.agent.tool.ToolSpecification.builder()
                            .name("planForDay")
                            .build())
                    .build());

    AiMessage message = response.aiMessage();
    assertThat(message.toolExecutionRequests())
        .extracting(r -> r.id() + " " + r.name() + " " + r.arguments())
        .containsExactly(
            "call_1 findCustomer {\"name\":\"Anna\"}",
            "call_own planForDay {\"date\":\"2026-05-04\"}");
    assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    assertThat(openAi.lastChatCompletion().orElseThrow().offeredTools())
        .containsExactly("findCustomer", "planForDay");
  }
}
