package dk.renos.quote.editing.web;

import dk.renos.quote.quotes.QuoteNotEditableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Why a quote could not be changed, as RFC 9457 problem+json (an unknown quote is service-support's
 * 404). Details carry ids only.
 */
@RestControllerAdvice(assignableTypes = QuoteEditController.class)
class EditingProblems {

  @ExceptionHandler
  ProblemDetail notEditable(QuoteNotEditableException e) {
    return problem(HttpStatus.CONFLICT, "Quote cannot be changed", e.getMessage());
  }

  /** Another request changed the quote at the same time (e.g. an approval or a second edit). */
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
