package dk.renos.booking.schedule.web;

import dk.renos.support.web.ValidationProblemDetailsAdvice.FieldProblem;
import java.util.List;

/** Request parameters that passed binding but break a rule; 400 with one entry per field. */
class InvalidBookingRequestException extends RuntimeException {

  private final List<FieldProblem> problems;

  InvalidBookingRequestException(List<FieldProblem> problems) {
    super("Invalid booking request");
    this.problems = List.copyOf(problems);
  }

  List<FieldProblem> problems() {
    return problems;
  }
}
