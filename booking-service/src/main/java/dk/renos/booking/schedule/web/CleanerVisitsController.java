package dk.renos.booking.schedule.web;

import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.booking.schedule.BookingStatus;
import dk.renos.booking.slots.Slot;
import dk.renos.booking.slots.SlotFinder;
import dk.renos.support.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A cleaner's coming visits: the bookings of the team named in their token ({@code team} claim, set
 * by identity per cleaner) from the start of today (Europe/Copenhagen) for {@code days} days, with
 * what the team needs at the door and nothing about money or the customer's records.
 */
@RestController
@RequestMapping("/api/bookings/mine")
class CleanerVisitsController {

  private static final Logger log = LoggerFactory.getLogger(CleanerVisitsController.class);

  static final int MAX_DAYS = 14;

  private final BookingRepository bookings;

  private final Clock clock;

  CleanerVisitsController(BookingRepository bookings, Clock clock) {
    this.bookings = bookings;
    this.clock = clock;
  }

  @GetMapping
  TeamVisits mine(
      @RequestParam(defaultValue = "7") @Min(1) @Max(MAX_DAYS) int days, CurrentUser user) {
    if (user.team() == null) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "The token names no team: only a team's cleaners have visits");
    }
    LocalDate today = clock.instant().atZone(SlotFinder.COPENHAGEN).toLocalDate();
    Instant from = today.atStartOfDay(SlotFinder.COPENHAGEN).toInstant();
    Instant to = today.plusDays(days).atStartOfDay(SlotFinder.COPENHAGEN).toInstant();
    List<Visit> visits =
        bookings.findTeamVisits(user.team(), from, to).stream().map(Visit::from).toList();
    log.info("Team {} has {} visits in the coming {} days", user.team(), visits.size(), days);
    return new TeamVisits(user.team(), today, days, SlotFinder.COPENHAGEN.getId(), visits);
  }

  /**
   * @param from the first day (today in {@code zone})
   * @param days how many days from {@code from}
   */
  record TeamVisits(String teamId, LocalDate from, int days, String zone, List<Visit> visits) {}

  /**
   * One visit as the team sees it: when, where, how to get in; no prices, no customer record.
   *
   * @param localText Danish wall-clock text in Europe/Copenhagen
   * @param address null when the office has not given one
   * @param accessNotes key box, alarm, parking; null when none
   */
  record Visit(
      UUID id,
      BookingStatus status,
      Instant startsAt,
      Instant endsAt,
      String localText,
      String address,
      String accessNotes,
      Instant actualStart,
      Instant actualEnd) {

    static Visit from(Booking booking) {
      return new Visit(
          booking.getId(),
          booking.getStatus(),
          booking.getStartsAt(),
          booking.getEndsAt(),
          new Slot(booking.getStartsAt(), booking.getEndsAt()).toLocalText(),
          booking.getAddress(),
          booking.getAccessNotes(),
          booking.getActualStart(),
          booking.getActualEnd());
    }
  }
}
