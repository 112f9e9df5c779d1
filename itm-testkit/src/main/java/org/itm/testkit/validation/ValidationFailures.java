package org.itm.testkit.validation;

import java.util.List;
import java.util.Objects;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;

/**
 * Reads the violations a rejected input was reported with, so a test can assert every path and message at once:
 *
 * <pre>{@code
 * assertThat(ValidationFailures.violationsOf(() -> SlaDefinition.fromYaml(yaml)))
 *         .containsExactlyInAnyOrder(new Violation("name", "must not be blank"),
 *                 new Violation("calendar", "must not be null"));
 * }</pre>
 *
 * @since 0.1
 */
public final class ValidationFailures {

    private ValidationFailures() {
    }

    /**
     * Runs {@code action}, which must throw an {@link ItmValidationException}, and returns its violations.
     *
     * @param action builds, loads or validates the input under test, e.g. {@code () -> builder.build()}
     * @return the violations, in the order the exception lists them
     * @throws AssertionError if {@code action} returns normally; any other exception it throws propagates
     */
    public static List<Violation> violationsOf(Runnable action) {
        Objects.requireNonNull(action, "action");
        try {
            action.run();
        } catch (ItmValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected an ItmValidationException, but the action completed");
    }
}
