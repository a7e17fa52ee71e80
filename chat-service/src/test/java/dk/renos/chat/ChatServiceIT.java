package dk.renos.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dk.renos.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dk.renos.chat.conversation.ChatMessage;
import dk.renos.chat.conversation.ChatMessageRepository;
import dk.renos.chat.conversation.Conversation;
import dk.renos.chat.conversation.ConversationRepository;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ChatServiceIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ConversationRepository conversations;

  @Autowired
  ChatMessageRepository messages;

  @BeforeEach
  void clean() {
    messages.deleteAll();
    conversations.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'chat' order by table_name",
        String.class)).contains("chat_message", "conversation", "flyway_schema_history");
  }

  @Test
  void conversationsArePagedMostRecentFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Conversation older = conversations.save(Conversation.start("Ugeplan", "anna", now.minus(2, ChronoUnit.DAYS)));
    Conversation recent = Conversation.start("Tilbud til Hansen", "bo", now.minus(3, ChronoUnit.DAYS));
    ChatMessage question = recent.post(ChatMessage.Role.USER, "Hvad koster 3 timer?", now.minus(5, ChronoUnit.MINUTES));
    ChatMessage answer = recent.post(ChatMessage.Role.ASSISTANT, "Se tilbuddet.", now.minus(4, ChronoUnit.MINUTES));
    conversations.save(recent);
    messages.saveAll(List.of(question, answer));
    Conversation middle = conversations.save(Conversation.start("Rute", "anna", now.minus(1, ChronoUnit.DAYS)));

    JsonNode page0 = getJson("/api/chat/conversations?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(ids(page0)).containsExactly(recent.getId().toString(), middle.getId().toString());
    assertThat(page0.at("/content/0/messageCount").asInt()).isEqualTo(2);
    assertThat(ids(getJson("/api/chat/conversations?page=1&size=2"))).containsExactly(older.getId().toString());
    assertThat(messages.findByConversationIdOrderByCreatedAt(recent.getId())).extracting(ChatMessage::getRole)
        .containsExactly(ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT);
  }

  @Test
  void badPagingIsAProblem() throws Exception {
    for (String query : List.of("size=-1", "size=abc", "size=101", "page=-1")) {
      HttpResponse<String> response = get("/api/chat/conversations?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.at("/status").asInt()).isEqualTo(400);
      assertThat(problem.at("/errors/0/field").asString()).isIn("size", "page");
    }
  }

  @Test
  void actuatorProbesAndPrometheus() throws Exception {
    JsonNode readiness = getJson("/actuator/health/readiness");
    assertThat(readiness.at("/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/kafka/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/kafka/details/nodes").asInt()).isPositive();
    assertThat(getJson("/actuator/health/liveness").at("/status").asString()).isEqualTo("UP");

    HttpResponse<String> prometheus = get("/actuator/prometheus");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.headers().firstValue("Content-Type").orElseThrow()).matches("text/plain.*|application/openmetrics-text.*");
    assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("application=\"chat-service\"");
  }

  private static List<String> ids(JsonNode page) {
    return page.get("content").valueStream().map(node -> node.get("id").asString()).toList();
  }

  private JsonNode getJson(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
