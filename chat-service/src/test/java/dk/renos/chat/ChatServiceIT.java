package dk.renos.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.chat.conversation.ChatMessageRepository;
import dk.renos.chat.conversation.ConversationRepository;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("chat-service", "db");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
