package dk.renos.fake.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** langchain4j AI Services (tools, structured output) driven by scripts on the fake. */
class AiServicesTests extends FakeOpenAiTestBase {

  interface Assistant {
    TokenStream chat(String question);
  }

  /** A tool as chat-service will have them: looks up its own data, records that it ran. */
  static final class SlotTools {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Tool("Free slots for a visit of the given length")
    String freeSlots(@P("visit length in hours") int hours) {
      calls.add("freeSlots(" + hours + ")");
      return "tirsdag 09:00, onsdag 13:00";
    }
  }

  record LeadDetails(String firstName, String service, int squareMeters, List<String> wishes) {}

  interface LeadExtractor {
    LeadDetails extract(String mail);
  }

  @Test
  void toolRoundTripInAStream() throws Exception {
    openAi
        .script()
        .when(Match.offersTool("freeSlots").and(r -> !r.endsWithToolResult()))
        .reply(Reply.toolCall("freeSlots", "{\"hours\":3}"))
        .when(Match.hasToolResultOf("freeSlots"))
        .reply(Reply.text("Vi har tid tirsdag kl. 9 eller onsdag kl. 13."));
    SlotTools tools = new SlotTools();
    Assistant assistant =
        AiServices.builder(Assistant.class)
            .streamingChatModel(streamingModel().build())
            .tools(tools)
            .build();
    List<String> tokens = new CopyOnWriteArrayList<>();
    CompletableFuture<String> answer = new CompletableFuture<>();

    assistant
        .chat("Hvornår har I tid til en 3-timers rengøring?")
        .onPartialResponse(tokens::add)
        .onCompleteResponse(r -> answer.complete(r.aiMessage().text()))
        .onError(answer::completeExceptionally)
        .start();

    assertThat(answer.get(20, TimeUnit.SECONDS))
        .isEqualTo("Vi har tid tirsdag kl. 9 eller onsdag kl. 13.");
    assertThat(tools.calls).containsExactly("freeSlots(3)");
    assertThat(tokens).hasSizeGreaterThan(5);
    List<ChatCompletionRequest> sent = openAi.chatCompletions();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).stream()).isTrue();
    assertThat(sent.get(1).toolResults())
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.toolCallId()).isEqualTo("call_1");
              assertThat(result.content()).isEqualTo("tirsdag 09:00, onsdag 13:00");
            });
    assertThat(openAi.requests())
        .extracting(RecordedRequest::outcome)
        .containsExactly("script#1", "script#2");
  }

  @Test
  void structuredOutputFillsARecordFromAJsonSchemaAnswer() {
    openAi
        .script()
        .when(Match.wantsJson())
        .reply(
            Reply.json(
                "{\"firstName\":\"Anna\",\"service\":\"Flytterengøring\",\"squareMeters\":85,"
                    + "\"wishes\":[\"ovn\",\"vinduer\"]}"));
    LeadExtractor extractor =
        AiServices.create(
            LeadExtractor.class,
            chatModel()
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build());

    LeadDetails lead = extractor.extract("Hej, jeg hedder Anna og skal have flytterengøring ...");

    assertThat(lead)
        .isEqualTo(new LeadDetails("Anna", "Flytterengøring", 85, List.of("ovn", "vinduer")));
    ChatCompletionRequest sent = openAi.lastChatCompletion().orElseThrow();
    assertThat(sent.responseFormat()).isEqualTo("json_schema");
    assertThat(sent.jsonSchema().path("properties").propertyNames())
        .containsExactlyInAnyOrder("firstName", "service", "squareMeters", "wishes");
  }

  @Test
  void unscriptedStructuredOutputIsTheSchemasSmallestDocument() {
    LeadExtractor extractor =
        AiServices.create(
            LeadExtractor.class,
            chatModel()
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build());

    LeadDetails lead = extractor.extract("Hej");

    assertThat(lead).isEqualTo(new LeadDetails("", "", 0, List.of()));
  }
}
