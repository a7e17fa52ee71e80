package dk.renos.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.chat.conversation.ChatMessage;
import dk.renos.chat.conversation.ChatMessageRepository;
import dk.renos.chat.conversation.Conversation;
import dk.renos.chat.conversation.ConversationRepository;
import dk.renos.testsupport.ServiceHttp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@ChatIntegrationTest
class ChatServiceIT {

  @LocalServerPort int port;

  @Autowired JdbcTemplate jdbc;

  @Autowired ConversationRepository conversations;

  @Autowired ChatMessageRepository messages;

  @BeforeEach
  void clean() {
    messages.deleteAll();
    conversations.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(
            jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'chat' order by table_name",
                String.class))
        .contains("chat_message", "conversation", "flyway_schema_history");
  }

  @Test
  void conversationsArePagedMostRecentFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Conversation older =
        conversations.save(Conversation.start("Ugeplan", "anna", now.minus(2, ChronoUnit.DAYS)));
    Conversation recent =
        Conversation.start("Tilbud til Hansen", "bo", now.minus(3, ChronoUnit.DAYS));
    ChatMessage question =
        recent.post(
            ChatMessage.Role.USER, "Hvad koster 3 timer?", now.minus(5, ChronoUnit.MINUTES));
    ChatMessage answer =
        recent.post(ChatMessage.Role.ASSISTANT, "Se tilbuddet.", now.minus(4, ChronoUnit.MINUTES));
    conversations.save(recent);
    messages.saveAll(List.of(question, answer));
    Conversation middle =
        conversations.save(Conversation.start("Rute", "anna", now.minus(1, ChronoUnit.DAYS)));

    JsonNode page0 = http().getJson("/api/chat/conversations?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(ServiceHttp.ids(page0))
        .containsExactly(recent.getId().toString(), middle.getId().toString());
    assertThat(page0.at("/content/0/messageCount").asInt()).isEqualTo(2);
    assertThat(ServiceHttp.ids(http().getJson("/api/chat/conversations?page=1&size=2")))
        .containsExactly(older.getId().toString());
    assertThat(messages.findByConversationIdOrderByCreatedAt(recent.getId()))
        .extracting(ChatMessage::getRole)
        .containsExactly(ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT);
  }

  @Test
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/chat/conversations");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("chat-service", "db", "kafka");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port);
  }
}
