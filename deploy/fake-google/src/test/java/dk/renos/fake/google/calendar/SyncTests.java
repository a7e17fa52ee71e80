package dk.renos.fake.google.calendar;

import static dk.renos.fake.google.calendar.CalendarClients.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import dk.renos.fake.google.http.Json;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncTests extends FakeCalendarTest {
  private void insert(String id, int day) throws Exception {
    String d = String.format("2026-06-%02d", day);
    calendar
        .events()
        .insert(CAL, event("Besøg " + day, d + "T08:00:00+02:00", d + "T10:00:00+02:00").setId(id))
        .execute();
  }

  /** Pages through a list the way a sync loop does; returns the items and the sync token. */
  private record Listing(List<Event> items, String syncToken, int pages) {}

  private Listing listAll(Calendar.Events.List request) throws Exception {
    List<Event> items = new ArrayList<>();
    String pageToken = null;
    int pages = 0;
    Events page;
    do {
      page = request.setPageToken(pageToken).execute();
      pages++;
      items.addAll(page.getItems());
      pageToken = page.getNextPageToken();
      if (pageToken != null) {
        assertThat(page.getNextSyncToken()).as("only the last page has a sync token").isNull();
      }
    } while (pageToken != null);
    return new Listing(items, page.getNextSyncToken(), pages);
  }

  @Test
  void aFullListIsPagedByMaxResultsAndOnlyTheLastPageCarriesTheSyncToken() throws Exception {
    for (int i = 1; i <= 7; i++) {
      insert("visit000" + i, i);
    }
    Listing all = listAll(calendar.events().list(CAL).setMaxResults(3));
    assertThat(all.pages()).isEqualTo(3);
    assertThat(all.items()).extracting(Event::getId).doesNotHaveDuplicates().hasSize(7);
    assertThat(all.syncToken()).isNotBlank();
  }

  @Test
  void anIncrementalSyncSeesAChangeAndADeletionAndNothingElse() throws Exception {
    insert("visit0001", 1);
    insert("visit0002", 2);
    insert("visit0003", 3);
    String token = listAll(calendar.events().list(CAL)).syncToken();

    calendar.events().patch(CAL, "visit0001", new Event().setSummary("Flyttet")).execute();
    calendar.events().delete(CAL, "visit0002").execute();
    Listing changes = listAll(calendar.events().list(CAL).setSyncToken(token));

    assertThat(changes.items())
        .extracting(Event::getId, Event::getStatus)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("visit0001", "confirmed"),
            org.assertj.core.groups.Tuple.tuple("visit0002", "cancelled"));
    assertThat(listAll(calendar.events().list(CAL).setSyncToken(changes.syncToken())).items())
        .as("nothing changed since")
        .isEmpty();
  }

  @Test
  void aChangeMadeByAPersonInGoogleShowsInTheNextSyncWithANewEtag() throws Exception {
    insert("visit0001", 1);
    Listing first = listAll(calendar.events().list(CAL));
    String oldEtag = first.items().get(0).getEtag();

    FakeCalendar google = server.calendars().get(CAL);
    google.moveEvent(
        "visit0001",
        OffsetDateTime.parse("2026-06-01T13:00+02:00"),
        OffsetDateTime.parse("2026-06-01T15:00+02:00"));
    google.createEvent(
        Json.MAPPER.readTree(
            "{\"summary\":\"Frokost\",\"start\":{\"dateTime\":\"2026-06-02T12:00:00+02:00\"},"
                + "\"end\":{\"dateTime\":\"2026-06-02T13:00:00+02:00\"}}"));

    List<Event> changes =
        listAll(calendar.events().list(CAL).setSyncToken(first.syncToken())).items();
    assertThat(changes).hasSize(2);
    Event moved =
        changes.stream().filter(e -> e.getId().equals("visit0001")).findFirst().orElseThrow();
    assertThat(moved.getEtag()).isNotEqualTo(oldEtag);
    assertThat(moved.getStart().getDateTime().toStringRfc3339())
        .isEqualTo("2026-06-01T13:00:00.000+02:00");
    assertThat(moved.getStart().getTimeZone()).isEqualTo("Europe/Copenhagen");
  }

  @Test
  void aFullListHasNoTombstonesUnlessShowDeleted() throws Exception {
    insert("visit0001", 1);
    insert("visit0002", 2);
    calendar.events().delete(CAL, "visit0002").execute();

    assertThat(listAll(calendar.events().list(CAL)).items())
        .extracting(Event::getId)
        .containsExactly("visit0001");
    assertThat(listAll(calendar.events().list(CAL).setShowDeleted(true)).items())
        .extracting(Event::getId, Event::getStatus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("visit0001", "confirmed"),
            org.assertj.core.groups.Tuple.tuple("visit0002", "cancelled"));
    assertThat(server.calendars().get(CAL).allEvents()).hasSize(2);
  }

  @Test
  void anExpiredSyncTokenIs410FullSyncRequiredAndAFullSyncStartsAfresh() throws Exception {
    insert("visit0001", 1);
    String token = listAll(calendar.events().list(CAL)).syncToken();
    server.calendars().get(CAL).expireSyncTokens();

    assertThatThrownBy(() -> calendar.events().list(CAL).setSyncToken(token).execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(410);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("fullSyncRequired");
            });
    assertThatThrownBy(() -> calendar.events().list(CAL).setSyncToken("garbage").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(410));

    Listing fresh = listAll(calendar.events().list(CAL));
    assertThat(fresh.items()).hasSize(1);
    assertThat(listAll(calendar.events().list(CAL).setSyncToken(fresh.syncToken())).items())
        .isEmpty();
  }

  @Test
  void aSyncTokenWithATimeRangeIs400() throws Exception {
    String token = listAll(calendar.events().list(CAL)).syncToken();
    assertThatThrownBy(
            () ->
                calendar
                    .events()
                    .list(CAL)
                    .setSyncToken(token)
                    .setTimeMin(new com.google.api.client.util.DateTime("2026-06-01T00:00:00Z"))
                    .execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
  }

  @Test
  void listFiltersByTimeRangePrivatePropertyAndTextAndOrdersByStartTime() throws Exception {
    insert("visit0003", 3);
    insert("visit0001", 1);
    insert("visit0002", 2);
    calendar
        .events()
        .patch(
            CAL,
            "visit0002",
            new Event()
                .setDescription("Kunde: Hansen")
                .setExtendedProperties(
                    new Event.ExtendedProperties().setPrivate(Map.of("renosBookingId", "b-2"))))
        .execute();

    assertThat(
            calendar
                .events()
                .list(CAL)
                .setTimeMin(new com.google.api.client.util.DateTime("2026-06-01T09:00:00+02:00"))
                .setTimeMax(new com.google.api.client.util.DateTime("2026-06-03T08:00:00+02:00"))
                .setSingleEvents(true)
                .setOrderBy("startTime")
                .execute()
                .getItems())
        .as(
            "overlapping the range: day 1 (08-10, range from 09) and day 2; day 3 starts at the end")
        .extracting(Event::getId)
        .containsExactly("visit0001", "visit0002");
    assertThat(
            calendar
                .events()
                .list(CAL)
                .setPrivateExtendedProperty(List.of("renosBookingId=b-2"))
                .execute()
                .getItems())
        .extracting(Event::getId)
        .containsExactly("visit0002");
    assertThat(calendar.events().list(CAL).setQ("hansen").execute().getItems())
        .extracting(Event::getId)
        .containsExactly("visit0002");
    assertThatThrownBy(() -> calendar.events().list(CAL).setOrderBy("startTime").execute())
        .as("orderBy startTime needs singleEvents")
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
  }
}
