package dk.renos.quote.acceptance.web;

import dk.renos.quote.quotes.QuoteNotAcceptableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Why a quote could not be accepted, as RFC 9457 problem+json (an unknown quote is
 * service-support's 404). Details carry ids only.
 */
@RestControllerAdvice(assignableTypes = QuoteAcceptanceController.class)
class AcceptanceProblems {

  @ExceptionHandler
  ProblemDetail notAcceptable(QuoteNotAcceptableException e) {
    return problem(HttpStatus.CONFLICT, "Quote cannot be accepted", e.getMessage());
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
