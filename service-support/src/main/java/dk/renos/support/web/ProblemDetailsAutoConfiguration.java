package dk.renos.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Servlet apps only: problem+json with field-level {@code errors}, and one 404 body for {@link
 * NotFoundException}. Runs before Boot's WebMVC auto-configuration so that Boot's own
 * ProblemDetailsExceptionHandler backs off.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(ResponseEntityExceptionHandler.class)
public class ProblemDetailsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
  ValidationProblemDetailsAdvice validationProblemDetailsAdvice() {
    return new ValidationProblemDetailsAdvice();
  }

  @Bean
  @ConditionalOnMissingBean
  NotFoundProblemAdvice notFoundProblemAdvice() {
    return new NotFoundProblemAdvice();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "jakarta.validation.ConstraintViolationException")
  @ConditionalOnBean(ValidationProblemDetailsAdvice.class)
  static class ConstraintViolationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConstraintViolationProblemAdvice constraintViolationProblemAdvice(
        ValidationProblemDetailsAdvice problems) {
      return new ConstraintViolationProblemAdvice(problems);
    }
  }
}
