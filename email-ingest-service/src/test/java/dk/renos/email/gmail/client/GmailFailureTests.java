package dk.renos.email.gmail.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class GmailFailureTests {

  @Test
  void rateLimitsAndServerErrorsAreWorthRetrying() {
    assertThat(GmailFailure.ofStatus(429, "rateLimitExceeded")).isEqualTo(GmailFailure.TRANSIENT);
    assertThat(GmailFailure.ofStatus(403, "userRateLimitExceeded"))
        .isEqualTo(GmailFailure.TRANSIENT);
    assertThat(GmailFailure.ofStatus(403, "rateLimitExceeded")).isEqualTo(GmailFailure.TRANSIENT);
    assertThat(GmailFailure.ofStatus(500, null)).isEqualTo(GmailFailure.TRANSIENT);
    assertThat(GmailFailure.ofStatus(503, "backendError")).isEqualTo(GmailFailure.TRANSIENT);
  }

  @Test
  void aForbiddenThatIsNotARateLimitIsNotRetried() {
    assertThat(GmailFailure.ofStatus(403, "insufficientPermissions"))
        .isEqualTo(GmailFailure.PERMANENT);
    assertThat(GmailFailure.ofStatus(400, "invalidArgument")).isEqualTo(GmailFailure.PERMANENT);
  }

  @Test
  void unauthorisedAndNotFoundAreTheirOwnCases() {
    assertThat(GmailFailure.ofStatus(401, "authError"))
        .isEqualTo(GmailFailure.NEEDS_REAUTHORISATION);
    assertThat(GmailFailure.ofStatus(404, "notFound")).isEqualTo(GmailFailure.NOT_FOUND);
  }

  @Test
  void aRevokedRefreshTokenNeedsAPerson() {
    IOException refused =
        new IOException(
            "Error getting access token for service account: 400 Bad Request",
            new IOException(
                "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}"));

    assertThat(GmailFailure.of(refused)).isEqualTo(GmailFailure.NEEDS_REAUTHORISATION);
  }

  @Test
  void aNetworkFailureIsTransient() {
    assertThat(GmailFailure.of(new ConnectException("Connection refused")))
        .isEqualTo(GmailFailure.TRANSIENT);
  }

  @Test
  void retryAfterInSecondsIsRead() {
    HttpResponseException response =
        new HttpResponseException.Builder(
                429, "Too Many Requests", new HttpHeaders().setRetryAfter("7"))
            .build();

    assertThat(GmailFailure.retryAfter(response)).hasValue(java.time.Duration.ofSeconds(7));
    assertThat(GmailFailure.retryAfter(new IOException("x"))).isEmpty();
  }
}
