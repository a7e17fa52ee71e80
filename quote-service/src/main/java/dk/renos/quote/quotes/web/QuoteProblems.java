package dk.renos.quote.quotes.web;

import dk.renos.quote.quotes.QuoteNotAcceptableException;
import dk.renos.quote.quotes.QuoteNotEditableException;
import dk.renos.quote.quotes.QuoteStateException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Why a quote could not be accepted or changed, as RFC 9457 problem+json, for every quote
 * controller (an unknown quote is service-support's 404). Details carry ids only.
 */
@RestControllerAdvice(basePackages = "dk.renos.quote")
class QuoteProblems {

  @ExceptionHandler
  ProblemDetail notAcceptable(QuoteNotAcceptableException e) {
    return problem(HttpStatus.CONFLICT, "Quote cannot be accepted", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail notEditable(QuoteNotEditableException e) {
    return problem(HttpStatus.CONFLICT, "Quote cannot be changed", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail wrongState(QuoteStateException e) {
    return problem(HttpStatus.CONFLICT, "Quote is in the wrong state", e.getMessage());
  }

  /** Another request changed the quote at the same time (a concurrent accept, edit or approval). */
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
