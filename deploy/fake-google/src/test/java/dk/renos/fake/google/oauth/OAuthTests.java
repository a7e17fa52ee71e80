package dk.renos.fake.google.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.Message;
import com.google.auth.oauth2.ClientId;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserAuthorizer;
import com.google.auth.oauth2.UserCredentials;
import dk.renos.fake.google.FakeGoogleServer;
import dk.renos.fake.google.gmail.GmailClients;
import dk.renos.fake.google.http.HttpIo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthTests {
  private static final String USER = "info@renos.dk";
  private static final String SERVICE_ACCOUNT = "gmail-sync@renos-fake.iam.gserviceaccount.com";
  private FakeGoogleServer server;

  @BeforeEach
  void start() {
    server = FakeGoogleServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void refreshTokenGivesAnAccessTokenThatTheApiAccepts() throws IOException {
    UserCredentials credentials = GmailClients.userCredentials(server, USER);
    credentials.refresh();
    assertThat(credentials.getAccessToken().getTokenValue()).startsWith("ya29.");
    assertThat(credentials.getAccessToken().getExpirationTime()).isNotNull();
    assertThat(
            GmailClients.gmail(server, credentials)
                .users()
                .getProfile("me")
                .execute()
                .getEmailAddress())
        .isEqualTo(USER);
    assertThat(server.oauth().tokenRequests()).isEqualTo(1);
  }

  @Test
  void revokedRefreshTokenFailsWithInvalidGrant() throws IOException {
    UserCredentials credentials = GmailClients.userCredentials(server, USER);
    credentials.refresh();
    server.oauth().revoke(credentials.getRefreshToken());
    assertThatThrownBy(credentials::refresh)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("invalid_grant")
        .hasMessageContaining("Token has been expired or revoked.");
    // the access token minted from it is gone too; the adapter's refresh fails, so the API's 401
    // surfaces
    assertThatThrownBy(
            () -> GmailClients.gmail(server, credentials).users().getProfile("me").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(401));
  }

  @Test
  void expiredAccessTokensAreRefreshedOn401AndTheCallSucceeds() throws IOException {
    var gmail = GmailClients.gmailFor(server, USER);
    gmail.users().getProfile("me").execute();
    assertThat(server.oauth().tokenRequests()).isEqualTo(1);
    server.oauth().expireAccessTokens();
    assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(USER);
    assertThat(server.oauth().tokenRequests()).isEqualTo(2);
  }

  @Test
  void wrongClientSecretIsInvalidClient() throws Exception {
    server.oauth().registerClient(GmailClients.CLIENT_ID, GmailClients.CLIENT_SECRET);
    String refreshToken = server.oauth().issueRefreshToken(GmailClients.CLIENT_ID, USER);
    UserCredentials credentials =
        UserCredentials.newBuilder()
            .setClientId(GmailClients.CLIENT_ID)
            .setClientSecret("wrong")
            .setRefreshToken(refreshToken)
            .setTokenServerUri(server.tokenUrl())
            .build();
    // HttpURLConnection drops the body of a 401 to a streamed POST, as it does with Google's real
    // endpoint
    assertThatThrownBy(credentials::refresh)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("401 Unauthorized");
    HttpResponse<String> wire =
        postForm(
            server.tokenUrl(),
            "grant_type=refresh_token&client_id="
                + GmailClients.CLIENT_ID
                + "&client_secret=wrong&refresh_token="
                + refreshToken);
    assertThat(wire.statusCode()).isEqualTo(401);
    assertThat(wire.body()).contains("\"error\":\"invalid_client\"");
  }

  @Test
  void requestsWithoutATokenAre401() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.rootUrl() + "gmail/v1/users/me/profile"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(response.body()).contains("\"status\":\"UNAUTHENTICATED\"");
  }

  @Test
  void serviceAccountWithDomainWideDelegation() throws IOException {
    server.mailbox(USER).deliver(GmailClients.mail("a", "<a@x>"));
    GoogleCredentials credentials =
        serviceAccount().createScoped(List.of(GmailScopes.GMAIL_MODIFY)).createDelegated(USER);
    var gmail = GmailClients.gmail(server, credentials);
    assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(USER);
    assertThat(gmail.users().messages().list("me").execute().getMessages()).hasSize(1);
  }

  @Test
  void serviceAccountFailsWhenDelegationIsOff() throws IOException {
    GoogleCredentials credentials =
        serviceAccount().createScoped(List.of(GmailScopes.GMAIL_MODIFY)).createDelegated(USER);
    server.oauth().allowDelegation(SERVICE_ACCOUNT, false);
    assertThatThrownBy(
            () -> GmailClients.gmail(server, credentials).users().getProfile("me").execute())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("401 Unauthorized");
    server.oauth().allowDelegation(SERVICE_ACCOUNT, true);
    assertThat(
            GmailClients.gmail(server, credentials)
                .users()
                .getProfile("me")
                .execute()
                .getEmailAddress())
        .isEqualTo(USER);
  }

  @Test
  void jwtBearerOnTheWire() throws Exception {
    String json = server.oauth().serviceAccountKeyJson(SERVICE_ACCOUNT);
    var key = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
    java.security.PrivateKey privateKey =
        java.security.KeyFactory.getInstance("RSA")
            .generatePrivate(
                new java.security.spec.PKCS8EncodedKeySpec(
                    java.util.Base64.getMimeDecoder()
                        .decode(
                            key.get("private_key")
                                .asString()
                                .replace("-----BEGIN PRIVATE KEY-----", "")
                                .replace("-----END PRIVATE KEY-----", ""))));
    long now = System.currentTimeMillis() / 1000;
    String claims =
        "{\"iss\":\""
            + SERVICE_ACCOUNT
            + "\",\"sub\":\""
            + USER
            + "\",\"scope\":\""
            + GmailScopes.GMAIL_READONLY
            + "\",\"aud\":\""
            + server.tokenUrl()
            + "\",\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 3600)
            + "}";
    String signed = b64url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64url(claims);
    var signature = java.security.Signature.getInstance("SHA256withRSA");
    signature.initSign(privateKey);
    signature.update(signed.getBytes(StandardCharsets.US_ASCII));
    String jwt =
        signed
            + "."
            + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    String form =
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=" + jwt;

    HttpResponse<String> ok = postForm(server.tokenUrl(), form);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .contains("\"access_token\"", "\"expires_in\":3599", "\"token_type\":\"Bearer\"");

    server.oauth().allowDelegation(SERVICE_ACCOUNT, false);
    HttpResponse<String> refused = postForm(server.tokenUrl(), form);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("\"error\":\"unauthorized_client\"");

    HttpResponse<String> tampered =
        postForm(server.tokenUrl(), form.replace(jwt, jwt.substring(0, jwt.length() - 4) + "AAAA"));
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(tampered.body()).contains("invalid_grant", "Invalid JWT Signature.");
  }

  @Test
  void serviceAccountWithoutSubjectCannotUseGmail() throws IOException {
    GoogleCredentials credentials =
        serviceAccount().createScoped(List.of(GmailScopes.GMAIL_MODIFY));
    assertThatThrownBy(
            () -> GmailClients.gmail(server, credentials).users().getProfile("me").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(400);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("failedPrecondition");
            });
  }

  @Test
  void aKeyThisServerDidNotIssueIsRejected() throws IOException {
    serviceAccount();
    try (FakeGoogleServer other = FakeGoogleServer.start()) {
      ServiceAccountCredentials forged =
          ServiceAccountCredentials.fromStream(
                  new ByteArrayInputStream(
                      other
                          .oauth()
                          .serviceAccountKeyJson(SERVICE_ACCOUNT)
                          .getBytes(StandardCharsets.UTF_8)))
              .toBuilder()
              .setTokenServerUri(server.tokenUrl())
              .build();
      GoogleCredentials credentials =
          forged.createScoped(List.of(GmailScopes.GMAIL_MODIFY)).createDelegated(USER);
      assertThatThrownBy(credentials::refresh)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("invalid_grant")
          .hasMessageContaining("Invalid JWT Signature.");
    }
  }

  @Test
  void readonlyScopeCannotSend() throws IOException {
    GoogleCredentials credentials =
        serviceAccount().createScoped(List.of(GmailScopes.GMAIL_READONLY)).createDelegated(USER);
    var gmail = GmailClients.gmail(server, credentials);
    assertThat(gmail.users().messages().list("me").execute().getResultSizeEstimate()).isZero();
    assertThatThrownBy(
            () ->
                gmail
                    .users()
                    .messages()
                    .send("me", new Message().encodeRaw(GmailClients.mail("x", "<x@x>")))
                    .execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(403);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("insufficientPermissions");
            });
  }

  @Test
  void authorizationCodeFlowEndToEnd() throws Exception {
    server.oauth().registerClient(GmailClients.CLIENT_ID, GmailClients.CLIENT_SECRET);
    server.oauth().setConsentingUser(USER);
    server.mailbox(USER).deliver(GmailClients.mail("a", "<a@x>"));
    URI callback = URI.create("http://localhost:8080/oauth2callback");
    UserAuthorizer authorizer =
        UserAuthorizer.newBuilder()
            .setClientId(ClientId.of(GmailClients.CLIENT_ID, GmailClients.CLIENT_SECRET))
            .setScopes(List.of(GmailScopes.GMAIL_MODIFY, GmailScopes.GMAIL_SEND))
            .setTokenServerUri(server.tokenUrl())
            .setUserAuthUri(server.authorizationUrl())
            .setCallbackUri(callback)
            .build();

    URI consent = authorizer.getAuthorizationUrl(USER, "state-42", null).toURI();
    assertThat(consent.toString()).startsWith(server.authorizationUrl().toString());
    HttpResponse<String> redirect =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(HttpRequest.newBuilder(consent).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(redirect.statusCode()).isEqualTo(302);
    URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    assertThat(location.toString()).startsWith(callback.toString());
    Map<String, List<String>> query = HttpIo.parseQuery(location.getRawQuery());
    assertThat(query.get("state")).containsExactly("state-42");

    UserCredentials credentials = authorizer.getCredentialsFromCode(query.get("code").get(0), null);
    assertThat(credentials.getRefreshToken()).isNotBlank();
    var gmail = GmailClients.gmail(server, credentials);
    assertThat(gmail.users().messages().list("me").execute().getMessages()).hasSize(1);

    // codes are single-use
    assertThatThrownBy(() -> authorizer.getCredentialsFromCode(query.get("code").get(0), null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("invalid_grant");
    // the refresh token works on its own later
    UserCredentials later =
        UserCredentials.newBuilder()
            .setClientId(GmailClients.CLIENT_ID)
            .setClientSecret(GmailClients.CLIENT_SECRET)
            .setRefreshToken(credentials.getRefreshToken())
            .setTokenServerUri(server.tokenUrl())
            .build();
    assertThat(
            GmailClients.gmail(server, later).users().getProfile("me").execute().getEmailAddress())
        .isEqualTo(USER);
  }

  @Test
  void authorizationEndpointRejectsUnknownClients() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            server.authorizationUrl()
                                + "?client_id=nobody&redirect_uri=http://localhost/cb&response_type=code&scope=x"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("invalid_client");
  }

  private static HttpResponse<String> postForm(URI uri, String form) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String b64url(String s) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private ServiceAccountCredentials serviceAccount() throws IOException {
    String json = server.oauth().serviceAccountKeyJson(SERVICE_ACCOUNT);
    return ServiceAccountCredentials.fromStream(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
