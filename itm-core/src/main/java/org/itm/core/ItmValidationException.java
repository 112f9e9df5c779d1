package org.itm.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks one or more rules; {@link #violations()} lists every broken rule with its path.
 *
 * <p>The message names every violation, so a log line alone is enough to fix the input.
 *
 * @since 0.1
 */
public class ItmValidationException extends ItmException {

    private static final long serialVersionUID = 1L;

    /** Every violation, in detection order; never empty. */
    private final List<Violation> violations;

    /**
     * @param violations every violation found, at least one; copied
     */
    public ItmValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * A failure with a single violation.
     *
     * @param path the property path of the bad input, e.g. {@code targets[P1].duration}
     * @param message the reason, e.g. {@code must be positive}
     */
    public ItmValidationException(String path, String message) {
        this(List.of(new Violation(path, message)));
    }

    /**
     * Every violation found, in the order they were detected; never empty.
     *
     * @return the violations, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        return violations.stream()
                .map(Violation::toString)
                .collect(Collectors.joining("; ", "invalid input: ", ""));
    }
}
