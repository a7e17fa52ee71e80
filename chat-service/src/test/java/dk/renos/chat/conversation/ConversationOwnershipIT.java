package dk.renos.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.chat.ChatIntegrationTest;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A conversation is its owner's: started, listed, read, renamed and deleted by them alone. */
@ChatIntegrationTest
class ConversationOwnershipIT {

  @LocalServerPort int port;

  @Autowired JsonMapper json;

  @Autowired ConversationRepository conversations;

  @Autowired ChatMessageRepository messages;

  @BeforeEach
  void clean() {
    messages.deleteAll();
    conversations.deleteAll();
  }

  @Test
  void theOwnerStartsListsRenamesAndDeletesAConversation() throws Exception {
    HttpResponse<String> created =
        call("anna", "POST", "/api/chat/conversations", "{\"title\":\"Ugeplan\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode conversation = json.readTree(created.body());
    String id = conversation.at("/id").asString();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/chat/conversations/" + id);
    assertThat(conversation.at("/startedBy").asString()).isEqualTo("anna");
    assertThat(conversation.at("/createdAt").asString()).isEqualTo("2026-03-23T09:00:00Z");

    HttpResponse<String> untitled = call("anna", "POST", "/api/chat/conversations", null);
    assertThat(json.readTree(untitled.body()).at("/title").asString()).isEqualTo("Ny samtale");

    assertThat(
            json.readTree(call("anna", "GET", "/api/chat/conversations", null).body())
                .at("/page/totalElements")
                .asLong())
        .isEqualTo(2);

    HttpResponse<String> renamed =
        call("anna", "PATCH", "/api/chat/conversations/" + id, "{\"title\":\"Plan for uge 13\"}");
    assertThat(json.readTree(renamed.body()).at("/title").asString()).isEqualTo("Plan for uge 13");
    JsonNode detail =
        json.readTree(call("anna", "GET", "/api/chat/conversations/" + id, null).body());
    assertThat(detail.at("/conversation/title").asString()).isEqualTo("Plan for uge 13");
    assertThat(detail.at("/messages").isArray()).isTrue();

    assertThat(call("anna", "DELETE", "/api/chat/conversations/" + id, null).statusCode())
        .isEqualTo(204);
    assertThat(call("anna", "GET", "/api/chat/conversations/" + id, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anotherStaffMemberNeitherSeesNorChangesSomeoneElsesConversation() throws Exception {
    String id =
        json.readTree(
                call("anna", "POST", "/api/chat/conversations", "{\"title\":\"Privat\"}").body())
            .at("/id")
            .asString();

    assertThat(
            json.readTree(call("bo", "GET", "/api/chat/conversations", null).body())
                .at("/page/totalElements")
                .asLong())
        .isZero();
    HttpResponse<String> read = call("bo", "GET", "/api/chat/conversations/" + id, null);
    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(
            call("bo", "PATCH", "/api/chat/conversations/" + id, "{\"title\":\"Mit\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(call("bo", "DELETE", "/api/chat/conversations/" + id, null).statusCode())
        .isEqualTo(404);
    assertThat(conversations.findById(java.util.UUID.fromString(id)))
        .get()
        .extracting(Conversation::getTitle)
        .isEqualTo("Privat");
  }

  @Test
  void withoutAStaffUserTheAnswerIs401AndABlankTitleIsAFieldError() throws Exception {
    HttpResponse<String> anonymous = call(null, "GET", "/api/chat/conversations", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    String id =
        json.readTree(call("anna", "POST", "/api/chat/conversations", null).body())
            .at("/id")
            .asString();
    HttpResponse<String> blank =
        call("anna", "PATCH", "/api/chat/conversations/" + id, "{\"title\":\" \"}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(json.readTree(blank.body()).at("/errors/0/field").asString()).isEqualTo("title");
  }

  @Test
  void theOwnersConversationsArePagedMostRecentFirst() throws Exception {
    Instant now = Instant.parse("2026-03-23T09:00:00Z");
    Conversation older =
        conversations.save(Conversation.start("Ugeplan", "anna", now.minus(2, ChronoUnit.DAYS)));
    Conversation recent =
        Conversation.start("Tilbud til Hansen", "anna", now.minus(3, ChronoUnit.DAYS));
    ChatMessage question =
        recent.post(
            ChatMessage.Role.USER, "Hvad koster 3 timer?", now.minus(5, ChronoUnit.MINUTES));
    ChatMessage answer =
        recent.post(ChatMessage.Role.ASSISTANT, "Se tilbuddet.", now.minus(4, ChronoUnit.MINUTES));
    conversations.save(recent);
    messages.saveAll(List.of(question, answer));
    Conversation middle =
        conversations.save(Conversation.start("Rute", "anna", now.minus(1, ChronoUnit.DAYS)));
    conversations.save(Conversation.start("Andens", "bo", now));

    JsonNode page0 =
        json.readTree(call("anna", "GET", "/api/chat/conversations?page=0&size=2", null).body());
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(ServiceHttp.ids(page0))
        .containsExactly(recent.getId().toString(), middle.getId().toString());
    assertThat(page0.at("/content/0/messageCount").asInt()).isEqualTo(2);
    assertThat(
            ServiceHttp.ids(
                json.readTree(
                    call("anna", "GET", "/api/chat/conversations?page=1&size=2", null).body())))
        .containsExactly(older.getId().toString());

    HttpResponse<String> badPaging =
        call("anna", "GET", "/api/chat/conversations?page=0&size=101", null);
    assertThat(badPaging.statusCode()).isEqualTo(400);
    assertThat(badPaging.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  /** As the gateway passes it on: a STAFF token naming {@code user}, or no token at all. */
  private HttpResponse<String> call(String user, String method, String path, String body) {
    ServiceHttp http = ServiceHttp.on(port);
    if (user != null) {
      http = http.as(user, Role.STAFF, null);
    }
    HttpRequest.Builder request =
        http.request(path)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request);
  }
}
