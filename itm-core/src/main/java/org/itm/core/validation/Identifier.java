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
import org.itm.core.validation.internal.IdentifierValidator;

/**
 * The annotated text is an ITM identifier: 1–128 characters of letters, digits and {@code ._:@/-}, starting with a
 * letter or digit, the syntax {@link Checks#id(String, String)} checks ({@code svc-payments.eu:1},
 * {@code team/db}). The message quotes the rejected value (shortened, control characters escaped).
 *
 * <p>As with the standard constraints, {@code null} is valid: add {@code @NotNull} where the value is required.
 * Applies to {@link CharSequence}, also as a type argument ({@code List<@Identifier String>}).
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Identifier {

    /**
     * The message; {@code {value}} is the quoted rejected value.
     *
     * @return the message template
     */
    String message() default "must be 1-128 characters of letters, digits or ._:@/- starting with a letter or digit,"
            + " was {value}";

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
