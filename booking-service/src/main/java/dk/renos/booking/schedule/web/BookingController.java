package dk.renos.booking.schedule.web;

import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.booking.schedule.BookingStatus;
import dk.renos.booking.schedule.Scheduler;
import dk.renos.booking.slots.Slot;
import dk.renos.booking.slots.SlotFinder;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

  private final BookingRepository bookings;

  private final Scheduler scheduler;

  BookingController(BookingRepository bookings, Scheduler scheduler) {
    this.bookings = bookings;
    this.scheduler = scheduler;
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
   * The slots a customer would be offered for a visit of this length (up to 5, from the next 14
   * days).
   */
  @GetMapping("/slots")
  SlotOffer slots(@RequestParam @Min(MIN_VISIT_MINUTES) @Max(MAX_VISIT_MINUTES) int minutes) {
    List<SlotView> slots =
        scheduler.offers(Duration.ofMinutes(minutes)).stream().map(SlotView::from).toList();
    log.info("Offered {} slots for a visit of {} minutes", slots.size(), minutes);
    return new SlotOffer(minutes, SlotFinder.COPENHAGEN.getId(), slots);
  }

  record BookingView(
      UUID id,
      UUID quoteId,
      UUID customerId,
      BookingStatus status,
      Instant startsAt,
      Instant endsAt,
      Instant createdAt) {

    static BookingView from(Booking booking) {
      return new BookingView(
          booking.getId(),
          booking.getQuoteId(),
          booking.getCustomerId(),
          booking.getStatus(),
          booking.getStartsAt(),
          booking.getEndsAt(),
          booking.getCreatedAt());
    }
  }

  /**
   * @param zone the zone of every slot's {@code localText}
   */
  record SlotOffer(int minutes, String zone, List<SlotView> slots) {}

  /**
   * @param localText Danish wall-clock text in Europe/Copenhagen, e.g. "tirsdag 24. marts 2026 kl.
   *     08:00–11:00"
   */
  record SlotView(Instant start, Instant end, String localText) {

    static SlotView from(Slot slot) {
      return new SlotView(slot.start(), slot.end(), slot.toLocalText());
    }
  }
}
