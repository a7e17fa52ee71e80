package dk.renos.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.chat.ChatIntegrationTest;
import dk.renos.chat.ReadModelRows;
import dk.renos.chat.ServerSentEvents;
import dk.renos.chat.ServerSentEvents.Event;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posting a question answers it without a language model (no key is configured here), from the read
 * models, streamed as server-sent events or as one JSON answer; question and answer are stored, and
 * only the conversation's owner can post.
 */
@ChatIntegrationTest
class AnswerIT {

  /** Monday 2026-03-23 10:00 Copenhagen. */
  private static final Instant NOW = ChatIntegrationTest.MONDAY;

  @LocalServerPort int port;

  @Autowired JsonMapper json;

  @Autowired JdbcTemplate jdbc;

  @Autowired ConversationRepository conversations;

  @Autowired ChatMessageRepository messages;

  ReadModelRows rows;

  @BeforeEach
  void clean() {
    messages.deleteAll();
    conversations.deleteAll();
    rows = new ReadModelRows(jdbc);
    rows.clear();
  }

  @Test
  void theJsonAnswerNamesTodaysLeadsAndTheirSourcesAndBothMessagesAreStored() throws Exception {
    UUID hansen = rows.customer("Jens Hansen", "jens@example.dk", "+4511223344", "Vej 1", NOW);
    UUID lead = rows.lead(hansen, "RENGORING_NU", "MOVE_OUT", 85, NOW.minusSeconds(3600));
    UUID old = rows.customer("Gammel Kunde", null, null, null, NOW.minusSeconds(30 * 86_400));
    rows.lead(old, "WEBSITE", "WINDOWS", null, NOW.minusSeconds(20 * 86_400));
    String id = start("anna");

    HttpResponse<String> response =
        post("anna", id, "{\"text\":\"Hvilke nye leads er kommet i dag?\"}", "application/json");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = json.readTree(response.body());
    String content = answer.at("/content").asString();
    assertThat(content)
        .contains("Leads i dag", "Jens Hansen", "flytterengøring", "85 m²", "RENGORING_NU")
        .contains("intet tilbud endnu")
        .doesNotContain("Gammel Kunde");
    assertThat(answer.at("/sources/leads").valueStream().map(JsonNode::asString))
        .containsExactly(lead.toString());
    assertThat(answer.at("/sources/customers").valueStream().map(JsonNode::asString))
        .containsExactly(hansen.toString());

    JsonNode detail = json.readTree(http("anna").get("/api/chat/conversations/" + id).body());
    assertThat(detail.at("/conversation/messageCount").asInt()).isEqualTo(2);
    assertThat(detail.at("/messages/0/role").asString()).isEqualTo("USER");
    assertThat(detail.at("/messages/0/content").asString())
        .isEqualTo("Hvilke nye leads er kommet i dag?");
    assertThat(detail.at("/messages/0/id").asString())
        .isEqualTo(answer.at("/questionId").asString());
    assertThat(detail.at("/messages/1/role").asString()).isEqualTo("ASSISTANT");
    assertThat(detail.at("/messages/1/id").asString())
        .isEqualTo(answer.at("/messageId").asString());
    assertThat(detail.at("/messages/1/content").asString()).isEqualTo(content);
    assertThat(detail.at("/messages/1/sources/leads/0").asString()).isEqualTo(lead.toString());
  }

  @Test
  void theStreamedAnswerArrivesAsTokensThenSourcesThenDoneAndIsStoredWhole() throws Exception {
    UUID customer = rows.customer("Mette Larsen", null, null, null, NOW);
    UUID quote = rows.quote(null, customer, 174_500, 3, NOW);
    // Tuesday 24 March 09:00-12:00 Copenhagen (CET = UTC+1)
    UUID tomorrow =
        rows.booking(
            quote,
            customer,
            Instant.parse("2026-03-24T08:00:00Z"),
            Instant.parse("2026-03-24T11:00:00Z"));
    rows.booking(
        quote,
        customer,
        Instant.parse("2026-03-26T08:00:00Z"),
        Instant.parse("2026-03-26T10:00:00Z"));
    String id = start("anna");

    HttpResponse<String> response =
        post("anna", id, "{\"text\":\"Hvad er planen for i morgen?\"}", "text/event-stream");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    List<Event> events = ServerSentEvents.parse(response.body());
    assertThat(ServerSentEvents.names(events)).containsExactly("token", "sources", "done");
    assertThat(events.stream().filter(e -> e.name().equals("token")).count()).isGreaterThan(5);
    String text = ServerSentEvents.text(events);
    assertThat(text)
        .contains("Planen i morgen: 1 besøg", "tirsdag 24. marts kl. 09:00–12:00", "Mette Larsen")
        .doesNotContain("26. marts");
    JsonNode sources = ServerSentEvents.only(events, "sources").data();
    assertThat(sources.at("/bookings").valueStream().map(JsonNode::asString))
        .containsExactly(tomorrow.toString());
    assertThat(sources.at("/customers").valueStream().map(JsonNode::asString))
        .containsExactly(customer.toString());

    String answerId = ServerSentEvents.only(events, "done").data().at("/messageId").asString();
    ChatMessage stored = messages.findById(UUID.fromString(answerId)).orElseThrow();
    assertThat(stored.getRole()).isEqualTo(ChatMessage.Role.ASSISTANT);
    assertThat(stored.getContent()).isEqualTo(text);
    assertThat(stored.getSources()).contains("booking:" + tomorrow);
    assertThat(messages.findByConversationIdOrderByCreatedAt(UUID.fromString(id)))
        .extracting(ChatMessage::getRole)
        .containsExactly(ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT);
  }

  @Test
  void aQuestionTheAssistantCannotAnswerSaysSoInDanishAsJsonForAnyAccept() throws Exception {
    String id = start("anna");

    // a client that accepts anything gets the JSON form
    HttpResponse<String> response =
        post("anna", id, "{\"text\":\"Skriv et digt om støvsugere\"}", "*/*");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode answer = json.readTree(response.body());

    assertThat(answer.at("/content").asString())
        .startsWith("Det spørgsmål kan jeg ikke besvare uden sprogmodel.")
        .contains("Jeg kan svare på");
    assertThat(answer.at("/sources/customers").isEmpty()).isTrue();
  }

  @Test
  void onlyTheOwnerCanPostAndABlankQuestionIsAFieldError() throws Exception {
    String id = start("anna");

    for (String accept : List.of("application/json", "text/event-stream")) {
      HttpResponse<String> foreign = post("bo", id, "{\"text\":\"Hvad er planen?\"}", accept);
      ServiceHttp.assertProblem(foreign, 404);
    }
    assertThat(post(null, id, "{\"text\":\"Hvad er planen?\"}", "text/event-stream").statusCode())
        .isEqualTo(401);
    JsonNode blank =
        ServiceHttp.assertProblem(post("anna", id, "{\"text\":\"  \"}", "application/json"), 400);
    assertThat(blank.at("/errors/0/field").asString()).isEqualTo("text");
    assertThat(messages.findByConversationIdOrderByCreatedAt(UUID.fromString(id))).isEmpty();
  }

  private String start(String user) {
    return json.readTree(http(user).postJson("/api/chat/conversations", "{}").body())
        .at("/id")
        .asString();
  }

  private HttpResponse<String> post(String user, String id, String body, String accept) {
    ServiceHttp http = user == null ? ServiceHttp.on(port) : http(user);
    HttpRequest.Builder request =
        http.request("/api/chat/conversations/" + id + "/messages")
            .header("Content-Type", "application/json")
            .header("Accept", accept)
            .POST(BodyPublishers.ofString(body));
    return http.send(request);
  }

  private ServiceHttp http(String user) {
    return ServiceHttp.on(port).as(user, Role.STAFF, null);
  }
}
