package dk.renos.fake.google.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.auth.oauth2.UserCredentials;
import dk.renos.fake.google.FakeGoogleServer;
import dk.renos.fake.google.gmail.GmailClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdminApiTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theAdminApiDrivesAServerStartedAsMainDoes() throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (FakeGoogleServer server =
        FakeGoogleServer.launch(new String[] {"--port", "0"}, new PrintStream(console, true))) {
      String root = server.rootUrl();
      assertThat(console.toString(StandardCharsets.UTF_8).trim())
          .isEqualTo("fake-google listening on " + root);

      post(root + "_fake/oauth/clients", "{\"clientId\":\"cid\",\"clientSecret\":\"secret\"}");
      String refreshToken =
          post(
                  root + "_fake/oauth/refresh-tokens",
                  "{\"clientId\":\"cid\",\"userEmail\":\"info@renos.dk\"}")
              .get("refreshToken")
              .asString();

      JsonNode delivered =
          post(
              root + "_fake/mailboxes/info@renos.dk/messages?labelIds=INBOX,STARRED",
              new String(GmailClients.mail("Forespørgsel", "<admin@x>"), StandardCharsets.UTF_8));
      assertThat(delivered.get("id").asString()).isEqualTo(delivered.get("threadId").asString());
      assertThat(delivered.get("historyId").asLong()).isPositive();

      JsonNode generated =
          post(
              root + "_fake/mailboxes/info%40renos.dk/generate",
              "{\"threads\":20,\"messagesPerThread\":3,\"seed\":7}");
      assertThat(generated.get("messages").asInt()).isEqualTo(60);

      JsonNode status = get(root + "_fake/mailboxes/info@renos.dk");
      assertThat(status.get("messages").asInt()).isEqualTo(61);
      assertThat(status.get("sent").asInt()).isZero();
      assertThat(status.get("historyId").asLong())
          .isEqualTo(server.mailbox("info@renos.dk").historyId());

      UserCredentials credentials =
          UserCredentials.newBuilder()
              .setClientId("cid")
              .setClientSecret("secret")
              .setRefreshToken(refreshToken)
              .setTokenServerUri(server.tokenUrl())
              .build();
      Gmail gmail = GmailClients.gmail(server, credentials);
      assertThat(gmail.users().messages().list("me").setMaxResults(500L).execute().getMessages())
          .hasSize(61);
      assertThat(gmail.users().threads().list("me").execute().getThreads()).hasSize(21);
      assertThat(
              gmail
                  .users()
                  .messages()
                  .get("me", delivered.get("id").asString())
                  .execute()
                  .getLabelIds())
          .containsExactly("INBOX", "STARRED");

      post(
          root + "_fake/faults",
          "{\"count\":1,\"status\":429,\"reason\":\"rateLimitExceeded\",\"retryAfterSeconds\":3}");
      assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
          .isInstanceOfSatisfying(
              GoogleJsonResponseException.class,
              e -> {
                assertThat(e.getStatusCode()).isEqualTo(429);
                assertThat(e.getHeaders().getRetryAfter()).isEqualTo("3");
              });

      JsonNode stats = get(root + "_fake/stats");
      assertThat(stats.get("faultsServed").asInt()).isEqualTo(1);
      assertThat(stats.get("requests").asInt()).isEqualTo(server.requestCount());
      assertThat(stats.get("tokenRequests").asInt()).isEqualTo(1);
    }
  }

  @Test
  void unknownAdminRoutesAndBadInputAreReported() throws Exception {
    try (FakeGoogleServer server = FakeGoogleServer.start()) {
      var missing =
          http.send(
              HttpRequest.newBuilder(URI.create(server.rootUrl() + "_fake/nothing")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
      var bad =
          http.send(
              HttpRequest.newBuilder(URI.create(server.rootUrl() + "_fake/oauth/refresh-tokens"))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"clientId\":\"unknown\",\"userEmail\":\"a@b\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("Unknown OAuth client");
    }
  }

  @Test
  void mainRejectsUnknownArguments() {
    assertThatThrownBy(() -> FakeGoogleServer.launch(new String[] {"--verbose"}, System.out))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private JsonNode post(String url, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
