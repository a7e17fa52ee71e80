package dk.renos.fake.google.calendar;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dk.renos.fake.google.FakeGoogleServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the official Calendar client against a FakeGoogleServer the way booking-service will: a
 * service account with domain-wide delegation acting as the company's address.
 */
final class CalendarClients {
  static final String SERVICE_ACCOUNT = "renos-calendar@renos-fake.iam.gserviceaccount.com";
  static final String USER = "info@renos.dk";
  static final String SCOPE_CALENDAR = "https://www.googleapis.com/auth/calendar";
  static final String SCOPE_EVENTS = "https://www.googleapis.com/auth/calendar.events";
  static final NetHttpTransport TRANSPORT = new NetHttpTransport();

  private CalendarClients() {}

  static GoogleCredentials delegated(FakeGoogleServer server, String user, String... scopes) {
    try {
      String json = server.oauth().serviceAccountKeyJson(SERVICE_ACCOUNT);
      return ServiceAccountCredentials.fromStream(
              new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
          .createScoped(List.of(scopes))
          .createDelegated(user);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Calendar calendar(FakeGoogleServer server, GoogleCredentials credentials) {
    return new Calendar.Builder(
            TRANSPORT, GsonFactory.getDefaultInstance(), new HttpCredentialsAdapter(credentials))
        .setRootUrl(server.rootUrl())
        .setApplicationName("renos-fake-google-tests")
        .build();
  }

  /** Full Calendar scope, acting as info@renos.dk. */
  static Calendar calendarFor(FakeGoogleServer server) {
    return calendar(server, delegated(server, USER, SCOPE_CALENDAR));
  }

  static EventDateTime at(String offsetDateTime, String zone) {
    return new EventDateTime()
        .setDateTime(new com.google.api.client.util.DateTime(offsetDateTime))
        .setTimeZone(zone);
  }

  static Event event(String summary, String start, String end) {
    return new Event()
        .setSummary(summary)
        .setStart(at(start, "Europe/Copenhagen"))
        .setEnd(at(end, "Europe/Copenhagen"));
  }
}
