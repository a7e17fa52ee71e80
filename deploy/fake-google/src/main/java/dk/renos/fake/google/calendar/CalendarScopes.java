package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.oauth.FakeOAuth;
import java.util.Set;

/**
 * Which OAuth scopes allow which Calendar methods, after the scopes each method lists in Google's
 * API reference. Note what it implies: calendar.events does NOT allow freeBusy.query nor
 * calendars.get; a client that needs those asks for calendar, calendar.readonly or a freebusy scope
 * too.
 */
enum CalendarScopes {
  EVENTS_WRITE(Names.CALENDAR, Names.EVENTS, Names.EVENTS_OWNED),
  EVENTS_READ(
      Names.CALENDAR,
      Names.EVENTS,
      Names.EVENTS_OWNED,
      Names.READONLY,
      Names.EVENTS_READONLY,
      Names.EVENTS_OWNED_READONLY),
  CALENDARS_READ(Names.CALENDAR, Names.READONLY, Names.CALENDARS, Names.CALENDARS_READONLY),
  CALENDAR_LIST_READ(
      Names.CALENDAR, Names.READONLY, Names.CALENDAR_LIST, Names.CALENDAR_LIST_READONLY),
  FREE_BUSY(Names.CALENDAR, Names.READONLY, Names.FREEBUSY, Names.EVENTS_FREEBUSY);

  /** Scope URIs. */
  static final class Names {
    static final String PREFIX = "https://www.googleapis.com/auth/";
    static final String CALENDAR = PREFIX + "calendar";
    static final String READONLY = PREFIX + "calendar.readonly";
    static final String EVENTS = PREFIX + "calendar.events";
    static final String EVENTS_READONLY = PREFIX + "calendar.events.readonly";
    static final String EVENTS_OWNED = PREFIX + "calendar.events.owned";
    static final String EVENTS_OWNED_READONLY = PREFIX + "calendar.events.owned.readonly";
    static final String CALENDARS = PREFIX + "calendar.calendars";
    static final String CALENDARS_READONLY = PREFIX + "calendar.calendars.readonly";
    static final String CALENDAR_LIST = PREFIX + "calendar.calendarlist";
    static final String CALENDAR_LIST_READONLY = PREFIX + "calendar.calendarlist.readonly";
    static final String FREEBUSY = PREFIX + "calendar.freebusy";
    static final String EVENTS_FREEBUSY = PREFIX + "calendar.events.freebusy";

    private Names() {}
  }

  private final Set<String> allowed;

  CalendarScopes(String... allowed) {
    this.allowed = Set.of(allowed);
  }

  void require(FakeOAuth.AccessGrant grant) {
    if (grant.scopes().stream().noneMatch(allowed::contains)) {
      throw ApiException.insufficientScopes();
    }
  }
}
