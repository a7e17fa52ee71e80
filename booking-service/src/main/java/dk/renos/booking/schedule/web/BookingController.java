package dk.renos.booking.schedule.web;

import java.time.Instant;
import java.util.UUID;

import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;
import dk.renos.booking.schedule.BookingStatus;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bookings")
class BookingController {

  private static final Sort LATEST_START_FIRST = Sort.by(Sort.Order.desc("startsAt"), Sort.Order.asc("id"));

  private final BookingRepository bookings;

  BookingController(BookingRepository bookings) {
    this.bookings = bookings;
  }

  @GetMapping
  PagedModel<BookingView> list(@Valid PageParams paging) {
    return new PagedModel<>(bookings.findAll(paging.toPageable(LATEST_START_FIRST)).map(BookingView::from));
  }

  record BookingView(UUID id, UUID quoteId, UUID customerId, BookingStatus status, Instant startsAt, Instant endsAt,
      Instant createdAt) {

    static BookingView from(Booking booking) {
      return new BookingView(booking.getId(), booking.getQuoteId(), booking.getCustomerId(), booking.getStatus(),
          booking.getStartsAt(), booking.getEndsAt(), booking.getCreatedAt());
    }
  }
}
