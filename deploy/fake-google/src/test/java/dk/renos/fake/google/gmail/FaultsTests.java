package dk.renos.fake.google.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Profile;
import dk.renos.fake.google.FakeGoogleServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTests {
  private static final String USER = "info@renos.dk";
  private FakeGoogleServer server;
  private Gmail gmail;

  @BeforeEach
  void start() {
    server = FakeGoogleServer.start();
    gmail = GmailClients.gmailFor(server, USER);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void rateLimitWithRetryAfterSurfacesInTheClientException() throws IOException {
    server.faults().failNext(1, 429, "rateLimitExceeded", Duration.ofSeconds(7));
    assertThatThrownBy(() -> gmail.users().messages().list("me").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(429);
              assertThat(e.getHeaders().getRetryAfter()).isEqualTo("7");
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("rateLimitExceeded");
              assertThat(e.getDetails().getErrors().get(0).getDomain()).isEqualTo("usageLimits");
            });
    assertThat(gmail.users().messages().list("me").execute().getResultSizeEstimate()).isZero();
    assertThat(server.faults().faultsServed()).isEqualTo(1);
  }

  @Test
  void serverErrorsWithoutRetryAfterThenRecovery() throws IOException {
    server.faults().failNext(2, 503, "backendError", null);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
          .isInstanceOfSatisfying(
              GoogleJsonResponseException.class,
              e -> {
                assertThat(e.getStatusCode()).isEqualTo(503);
                assertThat(e.getHeaders().getRetryAfter()).isNull();
                assertThat(e.getDetails().getErrors().get(0).getDomain()).isEqualTo("global");
              });
    }
    assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(USER);
  }

  @Test
  void faultsDoNotTouchTheTokenEndpointButDoHitBatches() throws IOException {
    server.faults().failNext(1, 500, "backendError", null);
    int tokenRequests = server.oauth().tokenRequests();
    GmailClients.userCredentials(server, USER).refresh(); // the token endpoint is not faulted
    assertThat(server.oauth().tokenRequests()).isEqualTo(tokenRequests + 1);

    BatchRequest batch = gmail.batch();
    gmail
        .users()
        .getProfile("me")
        .queue(
            batch,
            new JsonBatchCallback<Profile>() {
              @Override
              public void onSuccess(Profile profile, HttpHeaders headers) {}

              @Override
              public void onFailure(GoogleJsonError error, HttpHeaders headers) {}
            });
    assertThatThrownBy(batch::execute)
        .isInstanceOfSatisfying(
            HttpResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(500));
    assertThat(server.faults().faultsServed()).isEqualTo(1);
  }

  @Test
  void clearDropsPendingFaults() throws IOException {
    server.faults().failNext(3, 429, "userRateLimitExceeded", Duration.ofMillis(1500));
    server.faults().clear();
    assertThat(gmail.users().getProfile("me").execute().getEmailAddress()).isEqualTo(USER);
    assertThat(server.faults().faultsServed()).isZero();
  }
}
