package dk.renos.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for every Spring MVC exception (via {@link
 * ResponseEntityExceptionHandler}), with an {@code errors: [{field, message}]} list, one entry per
 * invalid field, for validation failures and bad request parameters.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ValidationProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  public static final String ERRORS = "errors";

  /** One invalid input: the field (or request parameter) name and what is wrong with it. */
  public record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      errors.add(
          new FieldProblem(
              error.getField(),
              error.isBindingFailure() ? "has an invalid format" : message(error)));
    }
    for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
      errors.add(new FieldProblem(error.getObjectName(), message(error)));
    }
    return validationProblem(ex.getBody(), errors, headers, status, request, ex);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    ex.getParameterValidationResults()
        .forEach(
            result -> {
              String parameter = parameterName(result.getMethodParameter());
              for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field =
                    error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                errors.add(new FieldProblem(field, message(error)));
              }
            });
    ex.getCrossParameterValidationResults()
        .forEach(error -> errors.add(new FieldProblem("(parameters)", message(error))));
    return validationProblem(ex.getBody(), errors, headers, status, request, ex);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field =
        ex instanceof MethodArgumentTypeMismatchException mismatch
            ? mismatch.getName()
            : ex.getPropertyName();
    String expected =
        ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "another type";
    ProblemDetail body =
        createProblemDetail(ex, status, "Invalid value for '" + field + "'", null, null, request);
    return validationProblem(
        body,
        List.of(new FieldProblem(field, "must be a valid " + expected.toLowerCase())),
        headers,
        status,
        request,
        ex);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return validationProblem(
        ex.getBody(),
        List.of(new FieldProblem(ex.getParameterName(), "is required")),
        headers,
        status,
        request,
        ex);
  }

  ResponseEntity<Object> validationProblem(
      ProblemDetail body,
      List<FieldProblem> errors,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request,
      Exception ex) {
    List<FieldProblem> sorted =
        errors.stream().sorted((a, b) -> a.field().compareTo(b.field())).toList();
    body.setProperty(
        ERRORS,
        sorted.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    HttpHeaders responseHeaders = new HttpHeaders();
    responseHeaders.addAll(headers);
    responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return handleExceptionInternal(ex, body, responseHeaders, status, request);
  }

  private static String message(MessageSourceResolvable error) {
    return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
  }

  /**
   * The name the client used: the request parameter / path variable / header name, else the Java
   * name.
   */
  private static String parameterName(MethodParameter parameter) {
    RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
    if (requestParam != null && !requestParam.name().isEmpty()) {
      return requestParam.name();
    }
    PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
    if (pathVariable != null && !pathVariable.name().isEmpty()) {
      return pathVariable.name();
    }
    RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
    if (requestHeader != null && !requestHeader.name().isEmpty()) {
      return requestHeader.name();
    }
    String name = parameter.getParameterName();
    return name != null ? name : "arg" + parameter.getParameterIndex();
  }
}
