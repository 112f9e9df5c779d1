package org.itm.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.itm.core.validation.internal.PositiveDurationValidator;

/**
 * The annotated {@link java.time.Duration} is longer than zero, as {@link Checks#positive(java.time.Duration, String)}
 * requires; the message gives the rejected duration ({@code must be a positive duration, was PT0S}).
 *
 * <p>As with the standard constraints, {@code null} is valid: add {@code @NotNull} where the value is required.
 * Also applies as a type argument ({@code Optional<@PositiveDuration Duration>}, {@code List<@PositiveDuration
 * Duration>}).
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = PositiveDurationValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PositiveDuration {

    /**
     * The message; {@code {value}} is the rejected duration in ISO-8601 form.
     *
     * @return the message template
     */
    String message() default "must be a positive duration, was {value}";

    /**
     * The validation groups this constraint belongs to.
     *
     * @return the groups; empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients of the Jakarta Validation API.
     *
     * @return the payload; empty by default
     */
    Class<? extends Payload>[] payload() default {};
}
