package dk.renos.fake.google.calendar;

import static dk.renos.fake.google.calendar.CalendarClients.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.TimePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeBusyTests extends FakeCalendarTest {
  private FreeBusyCalendar query(String calendarId) throws Exception {
    return calendar
        .freebusy()
        .query(
            new FreeBusyRequest()
                .setTimeMin(new DateTime("2026-06-10T00:00:00+02:00"))
                .setTimeMax(new DateTime("2026-06-11T00:00:00+02:00"))
                .setTimeZone("Europe/Copenhagen")
                .setItems(List.of(new FreeBusyRequestItem().setId(calendarId))))
        .execute()
        .getCalendars()
        .get(calendarId);
  }

  @Test
  void overlappingAndTouchingEventsMergeTransparentAndCancelledOnesAreFree() throws Exception {
    var events = calendar.events();
    events
        .insert(CAL, event("a", "2026-06-10T08:00:00+02:00", "2026-06-10T10:00:00+02:00"))
        .execute();
    events
        .insert(CAL, event("b", "2026-06-10T09:30:00+02:00", "2026-06-10T11:00:00+02:00"))
        .execute();
    events
        .insert(CAL, event("c", "2026-06-10T11:00:00+02:00", "2026-06-10T12:00:00+02:00"))
        .execute();
    events
        .insert(
            CAL,
            event("ledig", "2026-06-10T13:00:00+02:00", "2026-06-10T14:00:00+02:00")
                .setTransparency("transparent"))
        .execute();
    String cancelled =
        events
            .insert(CAL, event("aflyst", "2026-06-10T15:00:00+02:00", "2026-06-10T16:00:00+02:00"))
            .execute()
            .getId();
    events.delete(CAL, cancelled).execute();
    events
        .insert(CAL, event("sent", "2026-06-10T23:00:00+02:00", "2026-06-11T01:00:00+02:00"))
        .execute();

    List<TimePeriod> busy = query(CAL).getBusy();

    assertThat(busy)
        .extracting(p -> p.getStart().toStringRfc3339() + "/" + p.getEnd().toStringRfc3339())
        .containsExactly(
            "2026-06-10T08:00:00.000+02:00/2026-06-10T12:00:00.000+02:00",
            "2026-06-10T23:00:00.000+02:00/2026-06-11T00:00:00.000+02:00");
  }

  @Test
  void anUnknownCalendarAnswersNotFoundInItsEntry() throws Exception {
    FreeBusyCalendar unknown = query("nobody@group.calendar.google.com");
    assertThat(unknown.getErrors()).extracting(e -> e.getReason()).containsExactly("notFound");
    assertThat(unknown.getBusy()).isEmpty();
  }

  @Test
  void freeBusyNeedsMoreThanTheEventsScope() throws Exception {
    Calendar eventsOnly =
        CalendarClients.calendar(
            server,
            CalendarClients.delegated(server, CalendarClients.USER, CalendarClients.SCOPE_EVENTS));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                eventsOnly
                    .freebusy()
                    .query(
                        new FreeBusyRequest()
                            .setTimeMin(new DateTime("2026-06-10T00:00:00Z"))
                            .setTimeMax(new DateTime("2026-06-11T00:00:00Z"))
                            .setItems(List.of(new FreeBusyRequestItem().setId(CAL))))
                    .execute())
        .isInstanceOfSatisfying(
            com.google.api.client.googleapis.json.GoogleJsonResponseException.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(403));
  }
}
