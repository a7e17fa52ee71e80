package dk.renos.chat.identity;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** The one place that knows where the current user comes from (see {@link CurrentUser}). */
class CurrentUserResolver implements HandlerMethodArgumentResolver {

  static final String HEADER = "X-Renos-User";

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == CurrentUser.class;
  }

  @Override
  public CurrentUser resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    String name = webRequest.getHeader(HEADER);
    if (name == null || name.isBlank() || name.length() > 100) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNAUTHORIZED, "No staff user: requests must come through the gateway.");
      throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
    }
    return new CurrentUser(name.strip());
  }
}
