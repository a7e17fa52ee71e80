package dk.renos.fake.google.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.ModifyMessageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BatchTests extends MailboxTestBase {

  @Test
  void batchOf50RawGetsReturnsTheDeliveredBytes() throws IOException {
    Map<String, byte[]> delivered = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      byte[] raw =
          GmailClients.mail(
              "Søren <s" + i + "@x.dk>",
              USER,
              "Rengøring nr. " + i,
              "<b" + i + "@x>",
              null,
              null,
              "Linje én\r\n\r\n--not-a-boundary\r\nÆble, ø og å " + "x".repeat(i * 40));
      delivered.put(box.deliver(raw), raw);
    }
    Map<String, byte[]> received = new ConcurrentHashMap<>();
    List<GoogleJsonError> failures = new ArrayList<>();
    int before = server.requestCount();

    BatchRequest batch = gmail.batch();
    for (String id : delivered.keySet()) {
      gmail
          .users()
          .messages()
          .get("me", id)
          .setFormat("raw")
          .queue(
              batch,
              new JsonBatchCallback<Message>() {
                @Override
                public void onSuccess(Message message, HttpHeaders headers) {
                  received.put(message.getId(), Base64.getUrlDecoder().decode(message.getRaw()));
                }

                @Override
                public void onFailure(GoogleJsonError error, HttpHeaders headers) {
                  failures.add(error);
                }
              });
    }
    batch.execute();

    assertThat(failures).isEmpty();
    assertThat(received).hasSize(50);
    delivered.forEach((id, raw) -> assertThat(received.get(id)).as(id).isEqualTo(raw));
    assertThat(server.requestCount() - before).isEqualTo(50);
  }

  @Test
  void partsFailIndividually() throws IOException {
    String id = box.deliver(GmailClients.mail("a", "<a@x>"));
    List<String> outcomes = new ArrayList<>();
    BatchRequest batch = gmail.batch();
    gmail.users().messages().get("me", "18ffffffffffffff").queue(batch, callback(outcomes));
    gmail.users().messages().get("me", id).setFormat("minimal").queue(batch, callback(outcomes));
    gmail
        .users()
        .messages()
        .modify("me", id, new ModifyMessageRequest().setRemoveLabelIds(List.of("UNREAD")))
        .queue(batch, callback(outcomes));
    batch.execute();
    assertThat(outcomes).containsExactly("failure 404 notFound", "success " + id, "success " + id);
    assertThat(box.labelIdsOf(id)).containsExactly("INBOX");
  }

  @Test
  void expiredAccessTokenInABatchIsRefreshedAndThePartsRetried() throws IOException {
    String id = box.deliver(GmailClients.mail("a", "<a@x>"));
    gmail.users().getProfile("me").execute(); // obtain a token
    int tokenRequests = server.oauth().tokenRequests();
    server.oauth().expireAccessTokens();

    List<String> outcomes = new ArrayList<>();
    BatchRequest batch = gmail.batch();
    gmail.users().messages().get("me", id).queue(batch, callback(outcomes));
    gmail.users().messages().get("me", id).queue(batch, callback(outcomes));
    batch.execute();

    assertThat(outcomes).containsExactly("success " + id, "success " + id);
    assertThat(server.oauth().tokenRequests()).isGreaterThan(tokenRequests);
  }

  @Test
  void moreThan100PartsIsRejected() throws IOException {
    String id = box.deliver(GmailClients.mail("a", "<a@x>"));
    List<String> outcomes = new ArrayList<>();
    BatchRequest batch = gmail.batch();
    for (int i = 0; i < 101; i++) {
      gmail.users().messages().get("me", id).queue(batch, callback(outcomes));
    }
    assertThatThrownBy(batch::execute)
        .isInstanceOfSatisfying(
            HttpResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    assertThat(outcomes).isEmpty();
  }

  @Test
  void rawBatchBodyWithPathOnlyRequestLines() throws Exception {
    String id = box.deliver(GmailClients.mail("a", "<a@x>"));
    String token = GmailClients.userCredentials(server, USER).refreshAccessToken().getTokenValue();
    String body =
        "--b\r\nContent-Type: application/http\r\nContent-ID: <item1>\r\n\r\n"
            + "GET /gmail/v1/users/me/messages/"
            + id
            + "?format=minimal\r\n\r\n"
            + "--b\r\nContent-Type: application/http\r\nContent-ID: <item2>\r\n\r\n"
            + "GET /gmail/v1/users/me/profile HTTP/1.1\r\n\r\n--b--\r\n";
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder()
                    .uri(java.net.URI.create(server.rootUrl() + "batch/gmail/v1"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/mixed; boundary=b")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    String boundary =
        response.headers().firstValue("Content-Type").orElseThrow().split("boundary=")[1];
    assertThat(response.body())
        .startsWith("--" + boundary + "\r\n")
        .contains(
            "Content-ID: <response-item1>",
            "Content-ID: <response-item2>",
            "HTTP/1.1 200 OK",
            "\"id\":\"" + id + "\"",
            "\"emailAddress\":\"" + USER + "\"")
        .endsWith("--" + boundary + "--\r\n");
  }

  private static JsonBatchCallback<Message> callback(List<String> outcomes) {
    return new JsonBatchCallback<>() {
      @Override
      public void onSuccess(Message message, HttpHeaders headers) {
        outcomes.add("success " + message.getId());
      }

      @Override
      public void onFailure(GoogleJsonError error, HttpHeaders headers) {
        outcomes.add("failure " + error.getCode() + " " + error.getErrors().get(0).getReason());
      }
    };
  }
}
