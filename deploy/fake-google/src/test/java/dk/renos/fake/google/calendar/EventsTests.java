package dk.renos.fake.google.calendar;

import static dk.renos.fake.google.calendar.CalendarClients.USER;
import static dk.renos.fake.google.calendar.CalendarClients.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsTests extends FakeCalendarTest {
  private Event booking(String id) {
    return event("Rengøring", "2026-06-10T08:00:00+02:00", "2026-06-10T11:00:00+02:00")
        .setId(id)
        .setLocation("Vestergade 1, 8000 Aarhus C")
        .setDescription("Adgang: nøgle under måtten")
        .setExtendedProperties(
            new Event.ExtendedProperties().setPrivate(Map.of("renosBookingId", "b-42")));
  }

  @Test
  void insertWithItsOwnIdKeepsTheIdAndARetryOfTheSameIdIs409Duplicate() throws Exception {
    Event created = calendar.events().insert(CAL, booking("renos0b42")).execute();

    assertThat(created.getId()).isEqualTo("renos0b42");
    assertThat(created.getStatus()).isEqualTo("confirmed");
    assertThat(created.getEtag()).startsWith("\"");
    assertThat(created.getICalUID()).isEqualTo("renos0b42@google.com");
    assertThat(created.getHtmlLink()).startsWith("https://www.google.com/calendar/event?eid=");
    assertThat(created.getSequence()).isZero();
    assertThat(created.getLocation()).isEqualTo("Vestergade 1, 8000 Aarhus C");
    assertThat(created.getExtendedProperties().getPrivate())
        .containsEntry("renosBookingId", "b-42");
    assertThat(created.getStart().getTimeZone()).isEqualTo("Europe/Copenhagen");
    assertThat(created.getStart().getDateTime().toStringRfc3339())
        .isEqualTo("2026-06-10T08:00:00.000+02:00");
    assertThat(created.getOrganizer().getEmail()).isEqualTo(CAL);
    assertThat(created.getCreator().getEmail()).isEqualTo(USER);

    assertThatThrownBy(() -> calendar.events().insert(CAL, booking("renos0b42")).execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(409);
              assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("duplicate");
            });
    assertThat(server.calendars().get(CAL).allEvents()).hasSize(1);
  }

  @Test
  void anIdOutsideBase32hexOrTooShortIs400AndNoEventIsMade() {
    for (String bad : new String[] {"abcd", "booking-42", "RENOS0B42", "renosw0042"}) {
      assertThatThrownBy(() -> calendar.events().insert(CAL, booking(bad)).execute())
          .as(bad)
          .isInstanceOfSatisfying(
              GoogleJsonResponseException.class,
              e -> {
                assertThat(e.getStatusCode()).isEqualTo(400);
                assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("invalid");
              });
    }
    assertThat(server.calendars().get(CAL).allEvents()).isEmpty();
  }

  @Test
  void withoutAnIdGoogleMakesABase32hexOne() throws Exception {
    Event created = calendar.events().insert(CAL, booking(null)).execute();
    assertThat(created.getId()).matches("[a-v0-9]{26}");
    assertThat(calendar.events().get(CAL, created.getId()).execute().getSummary())
        .isEqualTo("Rengøring");
  }

  @Test
  void patchWithTheCurrentEtagChangesTheEventAndItsEtagAStaleEtagIs412() throws Exception {
    Event created = calendar.events().insert(CAL, booking("renos0b43")).execute();
    var patch =
        calendar
            .events()
            .patch(
                CAL,
                "renos0b43",
                new Event()
                    .setStart(CalendarClients.at("2026-06-11T09:00:00+02:00", "Europe/Copenhagen"))
                    .setEnd(CalendarClients.at("2026-06-11T12:00:00+02:00", "Europe/Copenhagen"))
                    .setExtendedProperties(
                        new Event.ExtendedProperties().setPrivate(Map.of("rescheduled", "1"))))
            .setSendUpdates("none");
    patch.getRequestHeaders().setIfMatch(created.getEtag());
    Event moved = patch.execute();

    assertThat(moved.getEtag()).isNotEqualTo(created.getEtag());
    assertThat(moved.getSequence()).isEqualTo(1);
    assertThat(moved.getStart().getDateTime().toStringRfc3339())
        .isEqualTo("2026-06-11T09:00:00.000+02:00");
    assertThat(moved.getLocation()).as("untouched by the patch").isEqualTo(created.getLocation());
    assertThat(moved.getExtendedProperties().getPrivate())
        .as("private properties merge")
        .containsEntry("renosBookingId", "b-42")
        .containsEntry("rescheduled", "1");

    var stale = calendar.events().patch(CAL, "renos0b43", new Event().setSummary("Flyttet"));
    stale.getRequestHeaders().setIfMatch(created.getEtag());
    assertThatThrownBy(stale::execute)
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(412);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("conditionNotMet");
            });
    var staleDelete = calendar.events().delete(CAL, "renos0b43");
    staleDelete.getRequestHeaders().setIfMatch(created.getEtag());
    assertThatThrownBy(staleDelete::execute)
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(412));
    assertThat(calendar.events().get(CAL, "renos0b43").execute().getSummary())
        .isEqualTo("Rengøring");
  }

  @Test
  void updateReplacesTheWholeEvent() throws Exception {
    Event created = calendar.events().insert(CAL, booking("renos0b44")).execute();
    var update =
        calendar
            .events()
            .update(
                CAL,
                "renos0b44",
                event("Vinduespudsning", "2026-06-10T08:00:00+02:00", "2026-06-10T09:00:00+02:00"));
    update.getRequestHeaders().setIfMatch(created.getEtag());
    Event replaced = update.execute();
    assertThat(replaced.getSummary()).isEqualTo("Vinduespudsning");
    assertThat(replaced.getLocation()).isNull();
    assertThat(replaced.getExtendedProperties()).isNull();
  }

  @Test
  void deleteTwiceIs410DeletedAndAnUnknownIdIs404() throws Exception {
    calendar.events().insert(CAL, booking("renos0b45")).execute();
    calendar.events().delete(CAL, "renos0b45").setSendUpdates("none").execute();

    assertThat(calendar.events().get(CAL, "renos0b45").execute().getStatus())
        .isEqualTo("cancelled");
    assertThatThrownBy(() -> calendar.events().delete(CAL, "renos0b45").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(410);
              assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("deleted");
            });
    assertThatThrownBy(() -> calendar.events().delete(CAL, "unknown00").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    assertThatThrownBy(() -> calendar.events().insert(CAL, booking("renos0b45")).execute())
        .as("a deleted event's id stays taken")
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(409));
  }

  @Test
  void theFakeRecordsTheSendUpdatesOfEveryWrite() throws Exception {
    calendar.events().insert(CAL, booking("renos0b46")).setSendUpdates("none").execute();
    calendar
        .events()
        .patch(CAL, "renos0b46", new Event().setSummary("x"))
        .setSendUpdates("all")
        .execute();
    calendar.events().delete(CAL, "renos0b46").execute();

    assertThat(server.calendars().get(CAL).sentUpdates())
        .containsExactly(
            new FakeCalendar.SentUpdates("insert", "renos0b46", "none"),
            new FakeCalendar.SentUpdates("patch", "renos0b46", "all"),
            new FakeCalendar.SentUpdates("delete", "renos0b46", null));
  }

  @Test
  void timesAreWrittenInTheRequestedZoneAndAllDayEventsKeepTheirDate() throws Exception {
    calendar.events().insert(CAL, booking("renos0b47")).execute();
    Event inUtc = calendar.events().get(CAL, "renos0b47").setTimeZone("UTC").execute();
    assertThat(inUtc.getStart().getDateTime().getValue())
        .isEqualTo(java.time.Instant.parse("2026-06-10T06:00:00Z").toEpochMilli());
    assertThat(inUtc.getStart().getDateTime().getTimeZoneShift()).isZero();

    Event allDay =
        calendar
            .events()
            .insert(
                CAL,
                new Event()
                    .setSummary("Lukket")
                    .setStart(
                        new EventDateTime()
                            .setDate(new com.google.api.client.util.DateTime("2026-12-24")))
                    .setEnd(
                        new EventDateTime()
                            .setDate(new com.google.api.client.util.DateTime("2026-12-25"))))
            .execute();
    assertThat(allDay.getStart().getDate().toStringRfc3339()).isEqualTo("2026-12-24");
    assertThat(allDay.getStart().getDateTime()).isNull();
  }

  @Test
  void anEndBeforeTheStartOrAMissingZoneForALocalTimeIs400() {
    assertThatThrownBy(
            () ->
                calendar
                    .events()
                    .insert(
                        CAL, event("x", "2026-06-10T11:00:00+02:00", "2026-06-10T08:00:00+02:00"))
                    .execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(400);
              assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("timeRangeEmpty");
            });
  }

  @Test
  void withoutACalendarScopeTheCallIs403InsufficientPermissions() throws Exception {
    Calendar mailOnly =
        CalendarClients.calendar(
            server, CalendarClients.delegated(server, USER, "https://mail.google.com/"));
    assertThatThrownBy(() -> mailOnly.events().list(CAL).execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(403);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("insufficientPermissions");
            });

    Calendar eventsOnly =
        CalendarClients.calendar(
            server, CalendarClients.delegated(server, USER, CalendarClients.SCOPE_EVENTS));
    assertThat(eventsOnly.events().insert(CAL, booking("renos0b48")).execute().getId())
        .isEqualTo("renos0b48");
  }

  @Test
  void calendarsGetAndCalendarListShowTheCalendarAndItsZone() throws Exception {
    var cal = calendar.calendars().get(CAL).execute();
    assertThat(cal.getTimeZone()).isEqualTo("Europe/Copenhagen");
    assertThat(calendar.calendars().get("primary").execute().getId()).isEqualTo(USER);
    assertThat(calendar.calendarList().list().execute().getItems())
        .extracting(com.google.api.services.calendar.model.CalendarListEntry::getId)
        .contains(CAL, USER);
    assertThatThrownBy(() -> calendar.calendars().get("nobody@example.com").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
  }
}
