package dk.renos.fake.google.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.Calendar;
import dk.renos.fake.google.gmail.GmailClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CalendarFaultsTests extends FakeCalendarTest {
  @Test
  void rateLimitIs403UsageLimitsThen429WithRetryAfterThen503ThenTheCallSucceeds() throws Exception {
    server.calendarFaults().failNext(1, 403, "rateLimitExceeded", null);
    server.calendarFaults().failNext(1, 429, "rateLimitExceeded", Duration.ofSeconds(7));
    server.calendarFaults().failNext(2, 503, "backendError", null);

    assertThatThrownBy(() -> calendar.events().list(CAL).execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(403);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("rateLimitExceeded");
              assertThat(e.getDetails().getErrors().get(0).getDomain()).isEqualTo("usageLimits");
            });
    assertThatThrownBy(() -> calendar.events().list(CAL).execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(429);
              assertThat(e.getHeaders().getRetryAfter()).isEqualTo("7");
            });
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> calendar.events().list(CAL).execute())
          .isInstanceOfSatisfying(
              GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(503));
    }
    assertThat(calendar.events().list(CAL).execute().getItems()).isEmpty();
    assertThat(server.calendarFaults().faultsServed()).isEqualTo(4);
  }

  @Test
  void calendarFaultsDoNotHitGmailAndGmailFaultsDoNotHitCalendar() throws Exception {
    var gmail = GmailClients.gmailFor(server, CalendarClients.USER);
    server.calendarFaults().failNext(1, 500, "backendError", null);
    assertThat(gmail.users().getProfile("me").execute().getEmailAddress())
        .isEqualTo(CalendarClients.USER);
    server.faults().failNext(1, 500, "backendError", null);
    assertThatThrownBy(() -> calendar.events().list(CAL).execute())
        .as("the calendar fault queued first is still pending")
        .isInstanceOf(GoogleJsonResponseException.class);
    assertThat(calendar.events().list(CAL).execute().getItems()).isEmpty();
    assertThatThrownBy(() -> gmail.users().getProfile("me").execute())
        .isInstanceOf(GoogleJsonResponseException.class);
  }

  @Test
  void theSameUserCredentialsServeGmailAndCalendar() throws Exception {
    var credentials = GmailClients.userCredentials(server, CalendarClients.USER);
    // a refresh token with only full Gmail scope: Calendar refuses it
    Calendar withGmailScope = CalendarClients.calendar(server, credentials);
    assertThatThrownBy(() -> withGmailScope.events().list("primary").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));

    String refresh =
        server
            .oauth()
            .issueRefreshToken(
                GmailClients.CLIENT_ID,
                CalendarClients.USER,
                java.util.Set.of("https://mail.google.com/", CalendarClients.SCOPE_CALENDAR));
    var both =
        com.google.auth.oauth2.UserCredentials.newBuilder()
            .setClientId(GmailClients.CLIENT_ID)
            .setClientSecret(GmailClients.CLIENT_SECRET)
            .setRefreshToken(refresh)
            .setTokenServerUri(server.tokenUrl())
            .build();
    assertThat(CalendarClients.calendar(server, both).calendars().get("primary").execute().getId())
        .isEqualTo(CalendarClients.USER);
    assertThat(
            GmailClients.gmail(server, both).users().getProfile("me").execute().getEmailAddress())
        .isEqualTo(CalendarClients.USER);
  }
}
