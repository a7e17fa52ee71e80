package dk.renos.quote.drafting.web;

import dk.renos.quote.drafting.QuoteNotAcceptableException;
import dk.renos.quote.drafting.QuoteNotEditableException;
import dk.renos.quote.drafting.QuoteNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The quote API's errors as RFC 9457 problem+json. Details carry ids only. */
@RestControllerAdvice(basePackages = "dk.renos.quote")
class QuoteProblems {

  @ExceptionHandler
  ProblemDetail notFound(QuoteNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Quote not found", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notAcceptable(QuoteNotAcceptableException e) {
    return problem(HttpStatus.CONFLICT, "Quote cannot be accepted", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notEditable(QuoteNotEditableException e) {
    return problem(HttpStatus.CONFLICT, "Quote cannot be changed", e.getMessage());
  }

  /** Another request changed the quote at the same time (e.g. a concurrent accept that won). */
  @ExceptionHandler
  ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Quote changed concurrently",
        "The quote was changed by another request; reload it");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
