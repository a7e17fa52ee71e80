package dk.renos.booking.schedule.web;

import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.booking.schedule.Scheduler;
import dk.renos.booking.slots.SlotFinder;
import dk.renos.booking.slots.SlotPreferences;
import dk.renos.booking.slots.TeamSlot;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import dk.renos.support.web.ValidationProblemDetailsAdvice.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bookings")
class BookingController {

  private static final Logger log = LoggerFactory.getLogger(BookingController.class);

  private static final Sort LATEST_START_FIRST =
      Sort.by(Sort.Order.desc("startsAt"), Sort.Order.asc("id"));

  static final int MIN_VISIT_MINUTES = 30;

  static final int MAX_VISIT_MINUTES = 540;

  static final int MAX_ADDRESS = 300;

  static final int MAX_ACCESS_NOTES = 1000;

  /** How far ahead {@code from} may lie. */
  static final int MAX_DAYS_AHEAD = 365;

  private final BookingRepository bookings;

  private final Scheduler scheduler;

  private final Clock clock;

  BookingController(BookingRepository bookings, Scheduler scheduler, Clock clock) {
    this.bookings = bookings;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @GetMapping
  PagedModel<BookingView> list(@Valid PageParams paging) {
    PagedModel<BookingView> page =
        new PagedModel<>(
            bookings.findAll(paging.toPageable(LATEST_START_FIRST)).map(BookingView::from));
    log.info("Listed {} bookings (page {})", page.getContent().size(), page.getMetadata().number());
    return page;
  }

  @GetMapping("/{id}")
  BookingView get(@PathVariable UUID id) {
    BookingView booking =
        bookings
            .findById(id)
            .map(BookingView::from)
            .orElseThrow(() -> new NotFoundException("booking", id));
    log.info("Booking {} read", id);
    return booking;
  }

  /**
   * The slots a customer would be offered for a visit of this length: up to 5 from the 14 days
   * starting {@code from} (default today), preferred weekdays/day parts first.
   */
  @GetMapping("/slots")
  SlotOffer slots(
      @RequestParam @Min(MIN_VISIT_MINUTES) @Max(MAX_VISIT_MINUTES) int minutes,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) String preferred) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = clock.instant().atZone(SlotFinder.COPENHAGEN).toLocalDate();
    if (from != null && from.isBefore(today)) {
      problems.add(new FieldProblem("from", "must not be in the past (Europe/Copenhagen)"));
    }
    if (from != null && from.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
      problems.add(new FieldProblem("from", "must be within " + MAX_DAYS_AHEAD + " days"));
    }
    SlotPreferences preferences = SlotPreferences.NONE;
    try {
      preferences = SlotPreferences.parse(preferred);
    } catch (SlotPreferences.InvalidPreferenceException e) {
      problems.add(new FieldProblem("preferred", e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidBookingRequestException(problems);
    }
    List<SlotView> slots =
        scheduler.offers(Duration.ofMinutes(minutes), from, preferences).stream()
            .map(SlotView::from)
            .toList();
    log.info("Offered {} slots for a visit of {} minutes", slots.size(), minutes);
    return new SlotOffer(minutes, SlotFinder.COPENHAGEN.getId(), slots);
  }

  /**
   * A staff booking at an exact start: 201 with the booking; 400 when it breaks a rule (closed day,
   * outside working hours, past); 409 with the next free slots when the slot is taken, also when a
   * concurrent request took it a moment ago (the database's exclusion constraint decides).
   */
  @PostMapping
  ResponseEntity<BookingView> book(@Valid @RequestBody BookRequest request) {
    Booking booking;
    try {
      booking =
          scheduler.bookAt(
              request.quoteId(),
              request.customerId(),
              request.start(),
              Duration.ofMinutes(request.minutes()),
              request.teamId(),
              blankToNull(request.address()),
              blankToNull(request.accessNotes()));
    } catch (DataIntegrityViolationException e) {
      throw DatabaseConflicts.translate(
          e, request.start(), Duration.ofMinutes(request.minutes()), request.quoteId());
    }
    log.info(
        "Booking {} confirmed by staff for quote {}, team {}",
        booking.getId(),
        booking.getQuoteId(),
        booking.getTeamId());
    return ResponseEntity.created(URI.create("/api/bookings/" + booking.getId()))
        .body(BookingView.from(booking));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * @param start the exact start (an instant)
   * @param teamId a configured team, or null for the first team free then
   * @param address the visit's address (optional; shown to the team)
   * @param accessNotes how the team gets in (optional; shown to the team)
   */
  record BookRequest(
      @NotNull UUID quoteId,
      @NotNull UUID customerId,
      @NotNull Instant start,
      @Min(MIN_VISIT_MINUTES) @Max(MAX_VISIT_MINUTES) int minutes,
      @Size(max = 40) String teamId,
      @Size(max = MAX_ADDRESS) String address,
      @Size(max = MAX_ACCESS_NOTES) String accessNotes) {}

  /**
   * @param zone the zone of every slot's {@code localText}
   */
  record SlotOffer(int minutes, String zone, List<SlotView> slots) {}

  /**
   * @param preferred true when it matches the {@code preferred} parameter
   * @param localText Danish wall-clock text in Europe/Copenhagen, e.g. "tirsdag 24. marts 2026 kl.
   *     08:00–11:00"
   */
  record SlotView(Instant start, Instant end, String teamId, String localText, boolean preferred) {

    static SlotView from(TeamSlot slot) {
      return new SlotView(
          slot.slot().start(),
          slot.slot().end(),
          slot.teamId(),
          slot.slot().toLocalText(),
          slot.preferred());
    }
  }
}
