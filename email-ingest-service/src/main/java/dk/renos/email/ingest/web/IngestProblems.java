package dk.renos.email.ingest.web;

import dk.renos.email.ingest.UnparseableEmailException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Ingest's own problems as RFC 9457 problem+json. A wrong content type (415) is Spring's {@code
 * HttpMediaTypeNotSupportedException}, rendered by service-support's problem handler.
 */
@RestControllerAdvice(assignableTypes = EmailIngestController.class)
class IngestProblems {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unparseable(
      UnparseableEmailException e, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.field() + " " + e.reason());
    problem.setTitle("Not an e-mail that can be stored");
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.reason())));
    return problem(problem, request);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> tooLarge(MessageTooLargeException e, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The message is larger than " + e.limit().toMegabytes() + " MB");
    problem.setTitle("Message too large");
    return problem(problem, request);
  }

  private static ResponseEntity<ProblemDetail> problem(
      ProblemDetail problem, HttpServletRequest request) {
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
