package dk.renos.fake.google.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTests extends FakeCalendarTest {
  private Event weekly(String id, String start, String end, String rule) throws Exception {
    return calendar
        .events()
        .insert(
            CAL,
            CalendarClients.event("Ugentlig rengøring", start, end)
                .setId(id)
                .setRecurrence(List.of(rule)))
        .execute();
  }

  private List<Event> instances(String from, String to) throws Exception {
    return calendar
        .events()
        .list(CAL)
        .setSingleEvents(true)
        .setOrderBy("startTime")
        .setTimeMin(new DateTime(from))
        .setTimeMax(new DateTime(to))
        .execute()
        .getItems();
  }

  private static LocalTime localStart(Event e) {
    return Instant.ofEpochMilli(e.getStart().getDateTime().getValue()).atZone(CPH).toLocalTime();
  }

  @Test
  void aWeekly0800CopenhagenEventStays0800LocalAcrossTheMarchDstChange() throws Exception {
    // 2027-03-28 is the last Sunday of March: CET (+01:00) becomes CEST (+02:00)
    weekly(
        "series0001",
        "2027-03-15T08:00:00+01:00",
        "2027-03-15T11:00:00+01:00",
        "RRULE:FREQ=WEEKLY;COUNT=4");

    List<Event> items = instances("2027-03-01T00:00:00Z", "2027-05-01T00:00:00Z");

    assertThat(items).hasSize(4);
    assertThat(items).allSatisfy(e -> assertThat(localStart(e)).isEqualTo(LocalTime.of(8, 0)));
    assertThat(items)
        .extracting(Event::getId)
        .containsExactly(
            "series0001_20270315T070000Z",
            "series0001_20270322T070000Z",
            "series0001_20270329T060000Z",
            "series0001_20270405T060000Z");
    Event afterChange = items.get(2);
    assertThat(afterChange.getStart().getDateTime().toStringRfc3339())
        .isEqualTo("2027-03-29T08:00:00.000+02:00");
    assertThat(afterChange.getRecurringEventId()).isEqualTo("series0001");
    assertThat(afterChange.getOriginalStartTime().getDateTime().getValue())
        .isEqualTo(afterChange.getStart().getDateTime().getValue());
    assertThat(afterChange.getRecurrence()).isNull();
    assertThat(Instant.ofEpochMilli(afterChange.getEnd().getDateTime().getValue()))
        .as("three hours, as the master")
        .isEqualTo(OffsetDateTime.parse("2027-03-29T11:00+02:00").toInstant());
  }

  @Test
  void aWeekly0800CopenhagenEventStays0800LocalAcrossTheOctoberDstChange() throws Exception {
    // 2026-10-25 is the last Sunday of October: CEST (+02:00) becomes CET (+01:00)
    weekly(
        "series0002",
        "2026-10-19T08:00:00+02:00",
        "2026-10-19T10:00:00+02:00",
        "RRULE:FREQ=WEEKLY;UNTIL=20261103T000000Z");

    List<Event> items = instances("2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z");

    assertThat(items)
        .extracting(e -> e.getStart().getDateTime().toStringRfc3339())
        .containsExactly(
            "2026-10-19T08:00:00.000+02:00",
            "2026-10-26T08:00:00.000+01:00",
            "2026-11-02T08:00:00.000+01:00");
  }

  @Test
  void byDayIntervalAndTheTimeRangePickTheInstancesAndTheMasterListsOnceWithoutSingleEvents()
      throws Exception {
    // every other week on Monday and Thursday, unbounded
    weekly(
        "series0003",
        "2026-06-01T09:00:00+02:00",
        "2026-06-01T10:00:00+02:00",
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");

    assertThat(instances("2026-06-01T00:00:00Z", "2026-06-30T00:00:00Z"))
        .extracting(e -> e.getStart().getDateTime().toStringRfc3339().substring(0, 10))
        .containsExactly("2026-06-01", "2026-06-04", "2026-06-15", "2026-06-18", "2026-06-29");

    List<Event> masters =
        calendar
            .events()
            .list(CAL)
            .setTimeMin(new DateTime("2026-06-10T00:00:00Z"))
            .setTimeMax(new DateTime("2026-06-20T00:00:00Z"))
            .execute()
            .getItems();
    assertThat(masters).extracting(Event::getId).containsExactly("series0003");
    assertThat(masters.get(0).getRecurrence())
        .containsExactly("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");
  }

  @Test
  void aMonthlyRuleAndAnInstanceFetchedByItsId() throws Exception {
    weekly(
        "series0004",
        "2026-01-31T08:00:00+01:00",
        "2026-01-31T09:00:00+01:00",
        "RRULE:FREQ=MONTHLY;COUNT=3");

    List<Event> items = instances("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
    // RFC 5545: a month without a 31st has no instance
    assertThat(items)
        .extracting(e -> e.getStart().getDateTime().toStringRfc3339().substring(0, 10))
        .containsExactly("2026-01-31", "2026-03-31", "2026-05-31");

    Event instance = calendar.events().get(CAL, "series0004_20260331T060000Z").execute();
    assertThat(instance.getRecurringEventId()).isEqualTo("series0004");
    assertThat(instance.getStart().getDateTime().toStringRfc3339())
        .isEqualTo("2026-03-31T08:00:00.000+02:00");
  }

  @Test
  void aDailyRuleExpandsInFreeBusyToo() throws Exception {
    weekly(
        "series0005",
        "2026-06-01T08:00:00+02:00",
        "2026-06-01T09:00:00+02:00",
        "RRULE:FREQ=DAILY;COUNT=3");
    var busy =
        calendar
            .freebusy()
            .query(
                new com.google.api.services.calendar.model.FreeBusyRequest()
                    .setTimeMin(new DateTime("2026-06-01T00:00:00Z"))
                    .setTimeMax(new DateTime("2026-06-10T00:00:00Z"))
                    .setItems(
                        List.of(
                            new com.google.api.services.calendar.model.FreeBusyRequestItem()
                                .setId(CAL))))
            .execute()
            .getCalendars()
            .get(CAL)
            .getBusy();
    assertThat(busy).hasSize(3);
  }
}
