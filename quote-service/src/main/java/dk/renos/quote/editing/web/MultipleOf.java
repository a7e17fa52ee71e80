package dk.renos.quote.editing.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A decimal that is a whole multiple of {@link #value()} (e.g. hours in quarters); null is fine.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MultipleOf.Validator.class)
@interface MultipleOf {

  String value();

  String message() default "must be a multiple of {value}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<MultipleOf, BigDecimal> {

    private BigDecimal unit;

    @Override
    public void initialize(MultipleOf annotation) {
      unit = new BigDecimal(annotation.value());
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
      return value == null || value.remainder(unit).signum() == 0;
    }
  }
}
