package dk.renos.email.gmail;

import static dk.renos.email.gmail.GmailTestSupport.GMAIL;
import static dk.renos.email.gmail.GmailTestSupport.await;
import static dk.renos.email.gmail.GmailTestSupport.mail;
import static dk.renos.email.gmail.GmailTestSupport.messageId;
import static dk.renos.email.gmail.GmailTestSupport.newMailbox;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connecting mailboxes (OAuth consent, service account), encrypted tokens, and a revoked token made
 * visible.
 */
class GmailConnectionIT extends GmailIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void theOAuthConsentFlowConnectsTheMailboxAndStoresItsRefreshTokenEncrypted() throws Exception {
    String mailbox = newMailbox();
    GMAIL.oauth().setConsentingUser(mailbox);
    GMAIL
        .mailbox(mailbox)
        .deliver(mail(messageId("oauth"), "kunde@example.dk", mailbox, "Hej", "Første mail", ""));

    JsonNode start =
        ServiceHttp.on(port)
            .as(Role.OWNER)
            .getJson("/api/emails/connections/oauth/start?mailbox=" + mailbox);
    URI consent = URI.create(start.at("/authorizationUrl").asString());
    assertThat(consent.toString())
        .startsWith(GMAIL.authorizationUrl().toString())
        .contains("access_type=offline")
        .contains("gmail.modify");
    // The owner consents at Google, which redirects the browser back to RenOS with a code and our
    // state.
    HttpResponse<String> google =
        HTTP.send(HttpRequest.newBuilder(consent).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(google.statusCode()).isEqualTo(302);
    URI back = URI.create(google.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> callback =
        get("/api/emails/connections/oauth/callback?" + back.getRawQuery());

    assertThat(callback.statusCode()).as(callback.body()).isEqualTo(201);
    JsonNode connection = JSON.readTree(callback.body());
    assertThat(connection.at("/mailbox").asString()).isEqualTo(mailbox);
    assertThat(connection.at("/kind").asString()).isEqualTo("OAUTH");
    assertThat(callback.body()).doesNotContain("refresh").doesNotContain("secret");
    byte[] stored =
        jdbc.queryForObject(
            "select secret_ciphertext from gmail_connection where mailbox = ?",
            byte[].class,
            mailbox);
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("1//");
    await("its mail synced", WAIT, () -> stored(mailbox) == 1);
  }

  @Test
  void aForgedOrTamperedStateIsRefused() throws Exception {
    HttpResponse<String> forged =
        get("/api/emails/connections/oauth/callback?code=abc&state=bWFsbG9yeQ.xyz");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(JSON.readTree(forged.body()).at("/errors/0/field").asString()).isEqualTo("state");
  }

  @Test
  void aServiceAccountWithDomainWideDelegationConnectsAndSyncs() throws Exception {
    String mailbox = newMailbox();
    String serviceAccount = "renos-sync@renos-it.iam.gserviceaccount.com";
    String key = GMAIL.oauth().serviceAccountKeyJson(serviceAccount);
    GMAIL.oauth().allowDelegation(serviceAccount, true);
    GMAIL
        .mailbox(mailbox)
        .deliver(
            mail(messageId("sa"), "kunde@example.dk", mailbox, "Hej", "Via service account", ""));

    HttpResponse<String> created =
        postJson(
            "/api/emails/connections/service-account",
            Map.of("mailbox", mailbox, "serviceAccountKey", JSON.readTree(key)));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(JSON.readTree(created.body()).at("/kind").asString()).isEqualTo("SERVICE_ACCOUNT");
    assertThat(created.body()).doesNotContain("PRIVATE KEY");
    await("its mail synced", WAIT, () -> stored(mailbox) == 1);
  }

  @Test
  void aServiceAccountWithoutDelegationOrABadKeyIsRefusedFieldByField() throws Exception {
    String serviceAccount = "no-delegation@renos-it.iam.gserviceaccount.com";
    String key = GMAIL.oauth().serviceAccountKeyJson(serviceAccount);
    GMAIL.oauth().allowDelegation(serviceAccount, false);

    HttpResponse<String> refused =
        postJson(
            "/api/emails/connections/service-account",
            Map.of("mailbox", newMailbox(), "serviceAccountKey", JSON.readTree(key)));
    HttpResponse<String> badKey =
        postJson(
            "/api/emails/connections/service-account",
            Map.of(
                "mailbox", newMailbox(), "serviceAccountKey", Map.of("type", "service_account")));
    HttpResponse<String> invalid =
        postJson("/api/emails/connections/service-account", Map.of("mailbox", "not-an-address"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asString())
        .isEqualTo("credential");
    assertThat(badKey.statusCode()).as(badKey.body()).isEqualTo(422);
    assertThat(JSON.readTree(badKey.body()).at("/errors/0/field").asString())
        .isEqualTo("serviceAccountKey");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("mailbox").contains("serviceAccountKey");
    assertThat(jdbc.queryForObject("select count(*) from gmail_connection", Integer.class))
        .isZero();
  }

  @Test
  void aRevokedTokenMarksTheConnectionInTheApiHealthAndMetricsAndReconnectingHeals()
      throws Exception {
    String mailbox = newMailbox();
    String refreshToken = GMAIL.oauth().issueRefreshToken(GmailTestSupport.CLIENT_ID, mailbox);
    GmailConnection connection = connector.connectWithRefreshToken(mailbox, refreshToken);
    await("synced", WAIT, () -> phase(connection.getId()).equals("INCREMENTAL"));

    GMAIL.oauth().revoke(refreshToken);
    GMAIL
        .oauth()
        .expireAccessTokens(); // the cached access token stops working too, as Google's would

    await(
        "needs re-authorisation",
        WAIT,
        () ->
            "NEEDS_REAUTHORISATION"
                .equals(
                    jdbc.queryForObject(
                        "select status from gmail_connection where id = ?",
                        String.class,
                        connection.getId())));
    JsonNode listed = ServiceHttp.on(port).as(Role.OWNER).getJson("/api/emails/connections");
    assertThat(listed.at("/0/status").asString()).isEqualTo("NEEDS_REAUTHORISATION");
    assertThat(listed.at("/0/statusReason").asString())
        .contains("401")
        .contains("reconnect the mailbox");
    JsonNode health = ServiceHttp.on(port).as(Role.OWNER).getJson("/actuator/health");
    assertThat(health.at("/components/gmail/status").asString()).isEqualTo("DEGRADED");
    assertThat(health.toString()).contains("NEEDS_REAUTHORISATION");
    String metrics = ServiceHttp.on(port).as(Role.OWNER).get("/actuator/prometheus").body();
    assertThat(metrics)
        .containsPattern(
            "renos_gmail_connections\\{[^}]*status=\"NEEDS_REAUTHORISATION\"[^}]*} 1\\.0");

    GmailConnection healed =
        connector.connectWithRefreshToken(
            mailbox, GMAIL.oauth().issueRefreshToken(GmailTestSupport.CLIENT_ID, mailbox));
    assertThat(healed.getId()).isEqualTo(connection.getId());
    GMAIL
        .mailbox(mailbox)
        .deliver(
            mail(messageId("after-reconnect"), "kunde@example.dk", mailbox, "Hej", "Igen", ""));
    await("syncing again", WAIT, () -> stored(mailbox) == 1);
    assertThat(
            ServiceHttp.on(port)
                .as(Role.OWNER)
                .getJson("/api/emails/connections")
                .at("/0/status")
                .asString())
        .isEqualTo("CONNECTED");
  }

  @Test
  void disconnectingStopsSyncAndAnUnknownIdIs404() throws Exception {
    String mailbox = newMailbox();
    GmailConnection connection = connectAndSync(mailbox);

    HttpResponse<String> deleted =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(base() + "/api/emails/connections/" + connection.getId()))
                .header("Authorization", TestTokens.bearer(Role.OWNER))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> again =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(base() + "/api/emails/connections/" + UUID.randomUUID()))
                .header("Authorization", TestTokens.bearer(Role.OWNER))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    GMAIL
        .mailbox(mailbox)
        .deliver(mail(messageId("after-disconnect"), "kunde@example.dk", mailbox, "Hej", "?", ""));
    Thread.sleep(1500);

    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from email_message where message_id like '<after-disconnect-%'",
                Integer.class))
        .isZero();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Authorization", TestTokens.bearer(Role.OWNER))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postJson(String path, Object body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Authorization", TestTokens.bearer(Role.OWNER))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
