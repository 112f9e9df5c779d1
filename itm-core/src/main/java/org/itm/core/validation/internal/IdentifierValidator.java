package org.itm.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Identifier;
import org.jspecify.annotations.Nullable;

/** Checks {@link Identifier}; public only because Jakarta Validation instantiates it. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

    /** Creates the validator; Jakarta Validation calls it. */
    public IdentifierValidator() {
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null || IdentifierSyntax.matches(value)) {
            return true;
        }
        // a message parameter is inserted as it is, never interpolated again, so the input cannot inject a template
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("value", Checks.quote(value.toString()));
        return false;
    }
}
