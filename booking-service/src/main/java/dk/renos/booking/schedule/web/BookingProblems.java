package dk.renos.booking.schedule.web;

import dk.renos.booking.schedule.BookingRefusedException;
import dk.renos.booking.schedule.IllegalTransitionException;
import dk.renos.booking.schedule.NotYourTeamException;
import dk.renos.booking.schedule.QuoteAlreadyBookedException;
import dk.renos.booking.schedule.Scheduler;
import dk.renos.booking.schedule.SlotTakenException;
import dk.renos.support.web.ValidationProblemDetailsAdvice;
import dk.renos.support.web.ValidationProblemDetailsAdvice.FieldProblem;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 answers for the booking rules: 400 with {@code errors: [{field, message}]} for a broken
 * rule, 409 for a taken slot (with {@code nextSlots}, the free slots from that day on) or an
 * already booked quote.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingProblems {

  private static final Logger log = LoggerFactory.getLogger(BookingProblems.class);

  private final Scheduler scheduler;

  BookingProblems(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @ExceptionHandler(InvalidBookingRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidBookingRequestException e) {
    return badRequest(e.problems());
  }

  @ExceptionHandler(BookingRefusedException.class)
  ResponseEntity<ProblemDetail> refused(BookingRefusedException e) {
    return badRequest(List.of(new FieldProblem(e.field(), e.getMessage())));
  }

  @ExceptionHandler(SlotTakenException.class)
  ResponseEntity<ProblemDetail> taken(SlotTakenException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "The slot at " + e.start() + " is taken (travel gap included); see nextSlots");
    problem.setTitle("Slot taken");
    problem.setProperty(
        "nextSlots",
        scheduler.nextFree(e.visit(), e.start(), e.moving()).stream()
            .map(BookingController.SlotView::from)
            .toList());
    log.info("Booking at {} refused: slot taken", e.start());
    return problem(problem);
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ProblemDetail> illegal(IllegalTransitionException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Illegal transition");
    problem.setProperty("bookingStatus", e.status().name());
    problem.setProperty("change", e.change());
    log.info("Booking change refused: {} booking cannot be {}", e.status(), e.change());
    return problem(problem);
  }

  @ExceptionHandler(NotYourTeamException.class)
  ResponseEntity<ProblemDetail> notYourTeam(NotYourTeamException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Not your team");
    return problem(problem);
  }

  @ExceptionHandler(QuoteAlreadyBookedException.class)
  ResponseEntity<ProblemDetail> alreadyBooked(QuoteAlreadyBookedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Quote already booked");
    return problem(problem);
  }

  private static ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> problems) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request content.");
    problem.setTitle("Bad Request");
    problem.setProperty(
        ValidationProblemDetailsAdvice.ERRORS,
        problems.stream()
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .map(p -> Map.of("field", p.field(), "message", p.message()))
            .toList());
    return problem(problem);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
