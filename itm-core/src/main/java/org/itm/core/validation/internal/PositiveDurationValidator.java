package org.itm.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.itm.core.validation.PositiveDuration;
import org.jspecify.annotations.Nullable;

/** Checks {@link PositiveDuration}; public only because Jakarta Validation instantiates it. */
public final class PositiveDurationValidator implements ConstraintValidator<PositiveDuration, Duration> {

    /** Creates the validator; Jakarta Validation calls it. */
    public PositiveDurationValidator() {
    }

    @Override
    public boolean isValid(@Nullable Duration value, ConstraintValidatorContext context) {
        if (value == null || value.compareTo(Duration.ZERO) > 0) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value.toString());
        return false;
    }
}
