package dk.renos.support.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * problem+json for {@link ConstraintViolationException}, thrown when a {@code @Validated} bean (AOP
 * method validation rather than MVC's built-in one) rejects its arguments.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 110)
public class ConstraintViolationProblemAdvice {

  private final ValidationProblemDetailsAdvice problems;

  public ConstraintViolationProblemAdvice(ValidationProblemDetailsAdvice problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  public ResponseEntity<Object> handleConstraintViolation(
      ConstraintViolationException ex, WebRequest request) {
    List<ValidationProblemDetailsAdvice.FieldProblem> errors =
        ex.getConstraintViolations().stream()
            .map(
                violation ->
                    new ValidationProblemDetailsAdvice.FieldProblem(
                        leaf(violation), violation.getMessage()))
            .toList();
    HttpStatus status = HttpStatus.BAD_REQUEST;
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, "Invalid request content.");
    return problems.validationProblem(body, errors, new HttpHeaders(), status, request, ex);
  }

  private static String leaf(ConstraintViolation<?> violation) {
    String name = null;
    for (Path.Node node : violation.getPropertyPath()) {
      name = node.getName();
    }
    return name != null ? name : violation.getPropertyPath().toString();
  }
}
