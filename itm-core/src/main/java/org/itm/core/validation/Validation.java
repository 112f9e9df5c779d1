package org.itm.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;

/**
 * The single entry point to Jakarta Validation: {@link #validate(Object, Class...)} checks an object's constraint
 * annotations and throws {@link ItmValidationException} listing every violation with its property path.
 *
 * <p>The validator is built once and is thread-safe. Messages are interpolated with Hibernate Validator's
 * parameter interpolator, so no expression language is evaluated on user input.
 */
public final class Validation {

    private static final Validator VALIDATOR = jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Validation() {
    }

    /**
     * Validates {@code object} and returns it unchanged when it is valid.
     *
     * @param <T> the object's type
     * @param object the object with constraint annotations
     * @param groups the validation groups; none for the default group
     * @return {@code object}
     * @throws ItmValidationException naming every violated constraint, sorted by path
     */
    public static <T> T validate(T object, Class<?>... groups) {
        Objects.requireNonNull(object, "object");
        List<Violation> violations = check(object, groups);
        if (!violations.isEmpty()) {
            throw new ItmValidationException(violations);
        }
        return object;
    }

    /**
     * Returns every constraint violation of {@code object}, sorted by path; empty when it is valid.
     *
     * @param object the object with constraint annotations
     * @param groups the validation groups; none for the default group
     * @return the violations, possibly empty
     */
    public static List<Violation> check(Object object, Class<?>... groups) {
        Objects.requireNonNull(object, "object");
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(object, groups);
        return found.stream()
                .map(v -> new Violation(pathOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    private static String pathOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "<object>" : path;
    }
}
