package dk.renos.booking.schedule.web;

import dk.renos.booking.schedule.BookingChanges;
import dk.renos.booking.schedule.BookingChanges.Result;
import dk.renos.support.security.CurrentUser;
import dk.renos.support.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff move, cancel and complete bookings: 200 with the booking as it is now, also when the change
 * was already in effect (then nothing is published again); 409 problem+json for a change the status
 * does not allow or a taken slot (with {@code nextSlots}); 400 field by field for a broken rule.
 */
@RestController
@RequestMapping("/api/bookings/{id}")
class BookingChangesController {

  private static final Logger log = LoggerFactory.getLogger(BookingChangesController.class);

  private final BookingChanges changes;

  BookingChangesController(BookingChanges changes) {
    this.changes = changes;
  }

  /** Moves a CONFIRMED booking, or books an UNSCHEDULED one by hand, at exactly {@code start}. */
  @PostMapping("/reschedule")
  BookingView reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request) {
    Result result = changes.reschedule(id, request.start(), request.teamId(), request.minutes());
    log.info(
        "Booking {} {} (team {})",
        id,
        result.changed() ? "rescheduled" : "already at that time",
        result.booking().getTeamId());
    return BookingView.from(result.booking());
  }

  /** Cancels the booking; repeating it answers the same cancelled booking. */
  @PostMapping("/cancel")
  BookingView cancel(
      @PathVariable UUID id, @Valid @RequestBody(required = false) CancelRequest request) {
    Result result = changes.cancel(id, request != null ? blankToNull(request.reason()) : null);
    log.info(
        "Booking {} {} (late: {})",
        id,
        result.changed() ? "cancelled" : "was already cancelled",
        result.booking().getLateCancellation());
    return BookingView.from(result.booking());
  }

  /**
   * Marks the visit done with its actual times (default: as planned, ending now at the latest);
   * repeating it answers the same completed booking.
   */
  @PostMapping("/complete")
  BookingView complete(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) CompleteRequest request,
      CurrentUser user) {
    Result result =
        changes.complete(
            id,
            request != null ? request.actualStart() : null,
            request != null ? request.actualEnd() : null,
            user.username(),
            onlyTeamOf(user));
    log.info(
        "Booking {} {} by {}",
        id,
        result.changed() ? "completed" : "was already completed",
        user.username());
    return BookingView.from(result.booking());
  }

  /** Sets what the team needs at the door: the address and the access notes (null clears). */
  @PutMapping("/visit-details")
  BookingView describeVisit(@PathVariable UUID id, @Valid @RequestBody VisitDetails details) {
    BookingView booking =
        BookingView.from(
            changes.describeVisit(
                id,
                BookingController.blankToNull(details.address()),
                BookingController.blankToNull(details.accessNotes())));
    log.info("Booking {} visit details updated", id);
    return booking;
  }

  /**
   * A cleaner (without a staff or owner role) may complete only their own team's visits; a
   * cleaner's token without a team matches none ("" is no team id).
   */
  static String onlyTeamOf(CurrentUser user) {
    boolean office = user.hasRole(Role.STAFF) || user.hasRole(Role.OWNER);
    if (office || !user.hasRole(Role.CLEANER)) {
      return null;
    }
    return user.team() != null ? user.team() : "";
  }

  private static String blankToNull(String text) {
    return BookingController.blankToNull(text);
  }

  /**
   * @param start the exact new start (an instant)
   * @param teamId a configured team, or null for the booking's own team if free then, else the
   *     first team free then
   * @param minutes a new visit length, or null to keep the booking's own
   */
  record RescheduleRequest(
      @NotNull Instant start,
      @Size(max = 40) String teamId,
      @Min(BookingController.MIN_VISIT_MINUTES) @Max(BookingController.MAX_VISIT_MINUTES)
          Integer minutes) {}

  /**
   * @param reason why (optional; may contain personal data, never logged)
   */
  record CancelRequest(@Size(max = 500) String reason) {}

  /**
   * @param actualStart when the work started (default: the planned start)
   * @param actualEnd when it ended (default: the planned end, or now if that is earlier)
   */
  record CompleteRequest(Instant actualStart, Instant actualEnd) {}

  /**
   * @param address the visit's address (null clears)
   * @param accessNotes how the team gets in: key box, alarm, parking (null clears)
   */
  record VisitDetails(
      @Size(max = BookingController.MAX_ADDRESS) String address,
      @Size(max = BookingController.MAX_ACCESS_NOTES) String accessNotes) {}
}
