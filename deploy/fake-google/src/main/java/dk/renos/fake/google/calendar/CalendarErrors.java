package dk.renos.fake.google.calendar;

import dk.renos.fake.google.http.ApiException;

/**
 * The errors Google Calendar answers, with the status, domain, reason and message of its "Handle
 * API errors" guide, so the official client surfaces exactly what production code will see.
 */
final class CalendarErrors {
  private CalendarErrors() {}

  static ApiException notFound() {
    return ApiException.of(404, "global", "notFound", "Not Found", null, null);
  }

  /** events.insert with an id that exists in the calendar, deleted events included. */
  static ApiException duplicate() {
    return ApiException.of(
        409, "global", "duplicate", "The requested identifier already exists.", null, null);
  }

  /** events.delete of an event that is already deleted (status cancelled). */
  static ApiException deleted() {
    return ApiException.of(410, "global", "deleted", "Resource has been deleted", null, null);
  }

  /** An expired, invalidated or unknown sync token: the client must wipe and sync in full. */
  static ApiException fullSyncRequired() {
    return ApiException.of(
        410,
        "calendar",
        "fullSyncRequired",
        "Sync token is no longer valid, a full sync is required.",
        "parameter",
        "syncToken");
  }

  /** If-Match named an etag that is not the event's current one. */
  static ApiException conditionNotMet() {
    return ApiException.of(
        412, "global", "conditionNotMet", "Precondition Failed", "header", "If-Match");
  }

  static ApiException invalidId() {
    return ApiException.of(400, "global", "invalid", "Invalid resource id value.", null, null);
  }

  static ApiException invalid(String message) {
    return ApiException.of(400, "global", "invalid", message, null, null);
  }

  static ApiException invalidParameter(String parameter, String message) {
    return ApiException.of(400, "global", "invalid", message, "parameter", parameter);
  }

  static ApiException required(String message) {
    return ApiException.of(400, "global", "required", message, null, null);
  }

  static ApiException timeRangeEmpty(String parameter) {
    return ApiException.of(
        400,
        "calendar",
        "timeRangeEmpty",
        "The specified time range is empty.",
        parameter == null ? null : "parameter",
        parameter);
  }

  static ApiException syncTokenWithRestrictions() {
    return ApiException.of(
        400,
        "calendar",
        "invalid",
        "Sync token cannot be used with other request restrictions.",
        "parameter",
        "syncToken");
  }

  static ApiException orderByNeedsSingleEvents() {
    return ApiException.of(
        400,
        "global",
        "badRequest",
        "The requested ordering is not available for the particular query.",
        "parameter",
        "orderBy");
  }

  /** A reader (or free/busy reader) tried to change events. */
  static ApiException writerAccessRequired() {
    return ApiException.of(
        403,
        "calendar",
        "requiredAccessLevel",
        "You need to have writer access to this calendar.",
        null,
        null);
  }
}
