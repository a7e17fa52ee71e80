package dk.renos.chat.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.chat.ChatIntegrationTest;
import dk.renos.chat.ReadModelRows;
import dk.renos.chat.ServerSentEvents;
import dk.renos.chat.ServerSentEvents.Event;
import dk.renos.chat.conversation.ChatMessage;
import dk.renos.chat.conversation.ChatMessageRepository;
import dk.renos.fake.openai.ChatCompletionRequest;
import dk.renos.fake.openai.FakeOpenAiServer;
import dk.renos.fake.openai.Match;
import dk.renos.fake.openai.RecordedRequest;
import dk.renos.fake.openai.Reply;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With a key configured, langchain4j's real OpenAI client answers, here against deploy/fake-openai
 * started in-process: tokens stream through as SSE, a tool call reads a read model, failures of the
 * model end the stream with a clear error event, and the model receives only minimised data. Its
 * own context (the key), with the Kafka listener off so the shared context's listener stays the
 * only one of the group.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.listener.auto-startup=false",
      "renos.openai.model=gpt-4o-mini",
      "renos.openai.timeout=2s"
    })
@WithRealInfrastructure
@Import(ChatIntegrationTest.FixedClock.class)
class LlmAnswerIT {

  private static final Instant NOW = ChatIntegrationTest.MONDAY;

  static final FakeOpenAiServer openAi = FakeOpenAiServer.start();

  @DynamicPropertySource
  static void model(DynamicPropertyRegistry registry) {
    registry.add("renos.openai.base-url", openAi::baseUrl);
    registry.add("renos.openai.api-key", openAi::apiKey);
  }

  @AfterAll
  static void stopFake() {
    openAi.close();
  }

  @LocalServerPort int port;

  @Autowired JsonMapper json;

  @Autowired JdbcTemplate jdbc;

  @Autowired ChatMessageRepository messages;

  @Autowired MeterRegistry meters;

  ReadModelRows rows;

  @BeforeEach
  void reset() {
    openAi.faults().releaseHangs();
    openAi.reset();
    rows = new ReadModelRows(jdbc);
    rows.clear();
    jdbc.update("DELETE FROM llm_call");
  }

  @Test
  void theModelsTokensStreamThroughAsTheyArriveAndTheWholeAnswerIsStored() throws Exception {
    openAi.script().reply(Reply.text("Hej Anna, der er ingen nye leads i dag."));
    String id = start();

    List<Event> events = stream(id, "Hej, er der nye leads?");

    assertThat(events.stream().filter(e -> e.name().equals("token")).count()).isGreaterThan(5);
    assertThat(ServerSentEvents.text(events)).isEqualTo("Hej Anna, der er ingen nye leads i dag.");
    assertThat(ServerSentEvents.names(events)).containsExactly("token", "sources", "done");
    String answerId = ServerSentEvents.only(events, "done").data().at("/messageId").asString();
    assertThat(messages.findById(UUID.fromString(answerId)))
        .get()
        .extracting(ChatMessage::getContent)
        .isEqualTo("Hej Anna, der er ingen nye leads i dag.");
    ChatCompletionRequest sent = openAi.lastChatCompletion().orElseThrow();
    assertThat(sent.stream()).isTrue();
    assertThat(sent.model()).isEqualTo("gpt-4o-mini");
    assertThat(sent.messages().getFirst().role()).isEqualTo("system");
    assertThat(sent.messages().getFirst().content()).contains("I dag er 2026-03-23");
    assertThat(sent.json().path("tools").valueStream().map(t -> t.at("/function/name").asString()))
        .contains(
            "findCustomer",
            "customerOverview",
            "leads",
            "quoteStatus",
            "planForDay",
            "leadStatistics");
  }

  @Test
  void aToolCallReadsTheLeadReadModelAndTheModelGetsNoContactDetails() throws Exception {
    UUID customer =
        rows.customer("Jens Hansen", "jens@example.dk", "+4511223344", "Strandvejen 7", NOW);
    UUID lead = rows.lead(customer, "RENGORING_NU", "MOVE_OUT", 85, NOW.minusSeconds(3600));
    openAi
        .script()
        .when(Match.offersTool("leads").and(r -> !r.endsWithToolResult()))
        .reply(Reply.toolCall("leads", "{\"fromDate\":\"2026-03-23\",\"toDate\":\"2026-03-23\"}"))
        .when(Match.hasToolResultOf("leads"))
        .reply(Reply.text("Én ny lead i dag: Jens Hansen, flytterengøring på 85 m²."));
    String id = start();

    List<Event> events = stream(id, "Hvilke leads kom i dag?");

    assertThat(ServerSentEvents.text(events))
        .isEqualTo("Én ny lead i dag: Jens Hansen, flytterengøring på 85 m².");
    JsonNode sources = ServerSentEvents.only(events, "sources").data();
    assertThat(sources.at("/leads").valueStream().map(JsonNode::asString))
        .containsExactly(lead.toString());
    assertThat(sources.at("/customers").valueStream().map(JsonNode::asString))
        .containsExactly(customer.toString());
    List<ChatCompletionRequest> sent = openAi.chatCompletions();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).toolResults())
        .singleElement()
        .satisfies(
            result ->
                assertThat(result.content())
                    .contains("lead id=" + lead, "customer=Jens Hansen", "source=RENGORING_NU")
                    .contains("areaSqm=85", "received=2026-03-23", "status=NEW"));
    // the answer is recorded without content: model, prompt version, rounds, tokens, tools, outcome
    Map<String, Object> call = jdbc.queryForMap("SELECT * FROM llm_call");
    assertThat(call)
        .containsEntry("conversation_id", UUID.fromString(id))
        .containsEntry("model", "gpt-4o-mini")
        .containsEntry("prompt_version", LlmAssistant.PROMPT_VERSION)
        .containsEntry("model_requests", 2)
        .containsEntry("tools_called", "[\"leads\"]")
        .containsEntry("outcome", "ok");
    assertThat((Integer) call.get("input_tokens")).isPositive();
    assertThat((Integer) call.get("output_tokens")).isPositive();
    assertThat((Long) call.get("first_token_ms"))
        .isLessThanOrEqualTo((Long) call.get("latency_ms"));
    assertThat(
            meters
                .get("renos.chat.llm.calls")
                .tags("model", "gpt-4o-mini", "outcome", "ok")
                .timer()
                .count())
        .isPositive();
    assertThat(
            meters
                .get("renos.chat.llm.tokens")
                .tags("model", "gpt-4o-mini", "kind", "input")
                .counter()
                .count())
        .isGreaterThanOrEqualTo(((Integer) call.get("input_tokens")).doubleValue());
    // data minimisation: no email, phone or address in anything the model was sent
    assertThat(openAi.requests())
        .extracting(RecordedRequest::body)
        .allSatisfy(
            body ->
                assertThat(body).doesNotContain("jens@example.dk", "4511223344", "Strandvejen"));
  }

  @Test
  void aPhoneQuestionSendsThePhoneButNotTheEmailOrAddress() throws Exception {
    rows.customer("Jens Hansen", "jens@example.dk", "+4511223344", "Strandvejen 7", NOW);
    openAi
        .script()
        .when(Match.offersTool("findCustomer").and(r -> !r.endsWithToolResult()))
        .reply(Reply.toolCall("findCustomer", "{\"name\":\"Hansen\"}"))
        .when(Match.hasToolResultOf("findCustomer"))
        .reply(Reply.text("Jens Hansen har telefon +4511223344."));
    String id = start();

    List<Event> events = stream(id, "Hvad er telefonnummeret på Jens Hansen?");

    assertThat(ServerSentEvents.text(events)).contains("+4511223344");
    String toolResult = openAi.chatCompletions().get(1).toolResults().getFirst().content();
    assertThat(toolResult).contains("name=Jens Hansen", "phone=+4511223344");
    assertThat(toolResult).doesNotContain("jens@example.dk", "Strandvejen");
  }

  @Test
  void aRateLimitedModelEndsTheStreamWithA503ErrorEventAndNoStoredAnswer() throws Exception {
    openAi.faults().rateLimitNext(1, Duration.ofSeconds(2));
    String id = start();

    List<Event> events = stream(id, "Hvad er planen i dag?");

    Event error = ServerSentEvents.only(events, "error");
    assertThat(ServerSentEvents.names(events)).containsExactly("error");
    assertThat(error.data().at("/status").asInt()).isEqualTo(503);
    assertThat(error.data().at("/title").asString())
        .isEqualTo("The language model is rate limited");
    assertThat(messages.findByConversationIdOrderByCreatedAt(UUID.fromString(id)))
        .extracting(ChatMessage::getRole)
        .containsExactly(ChatMessage.Role.USER);
    assertThat(jdbc.queryForList("SELECT outcome FROM llm_call", String.class))
        .containsExactly("rate-limited");
    assertThat(meters.get("renos.chat.llm.calls").tags("outcome", "rate-limited").timer().count())
        .isPositive();
  }

  @Test
  void aServerErrorOfTheModelIsA502ErrorEventAndA502ProblemForJson() throws Exception {
    openAi.faults().failNext(2, 500);
    String id = start();

    Event error = ServerSentEvents.only(stream(id, "Hvad er planen i dag?"), "error");
    assertThat(error.data().at("/status").asInt()).isEqualTo(502);
    assertThat(error.data().at("/title").asString()).isEqualTo("The language model failed");

    HttpResponse<String> plain =
        http()
            .send(
                http()
                    .request("/api/chat/conversations/" + id + "/messages")
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(BodyPublishers.ofString("{\"text\":\"Og i morgen?\"}")));
    assertThat(ServiceHttp.assertProblem(plain, 502).at("/title").asString())
        .isEqualTo("The language model failed");
  }

  @Test
  void aStreamThatBreaksOffMidwayGivesTheTokensSoFarThenACleanErrorEnd() throws Exception {
    openAi.script().reply(Reply.text("en to tre fire fem seks syv otte"));
    openAi.faults().breakNextStream(1, 3); // role chunk, "en", " to", then the connection drops
    String id = start();

    List<Event> events = stream(id, "Tæl til otte");

    assertThat(ServerSentEvents.names(events)).containsExactly("token", "error");
    assertThat(ServerSentEvents.text(events)).isEqualTo("en to");
    assertThat(ServerSentEvents.only(events, "error").data().at("/status").asInt()).isEqualTo(502);
    assertThat(messages.findByConversationIdOrderByCreatedAt(UUID.fromString(id))).hasSize(1);
    assertThat(jdbc.queryForList("SELECT outcome FROM llm_call", String.class))
        .containsExactly("broken");
  }

  @Test
  void aModelThatDoesNotAnswerTimesOutAsA504ErrorEvent() throws Exception {
    openAi.faults().hangNext(1);
    String id = start();

    Event error = ServerSentEvents.only(stream(id, "Hvad er planen i dag?"), "error");

    assertThat(error.data().at("/status").asInt()).isEqualTo(504);
    assertThat(error.data().at("/title").asString()).isEqualTo("The language model timed out");
    assertThat(openAi.requests()).extracting(RecordedRequest::outcome).containsExactly("hang");
    assertThat(jdbc.queryForList("SELECT outcome FROM llm_call", String.class))
        .containsExactly("timeout");
  }

  private String start() {
    return json.readTree(http().postJson("/api/chat/conversations", "{}").body())
        .at("/id")
        .asString();
  }

  private List<Event> stream(String id, String question) {
    HttpResponse<String> response =
        http()
            .send(
                http()
                    .request("/api/chat/conversations/" + id + "/messages")
                    .header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream")
                    .POST(
                        BodyPublishers.ofString(
                            json.writeValueAsString(java.util.Map.of("text", question)))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ServerSentEvents.parse(response.body());
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as("anna", Role.STAFF, null);
  }
}
