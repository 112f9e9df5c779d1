package org.itm.operations.problem;

import org.itm.core.validation.Checks;

/**
 * The cause of a problem.
 *
 * @param category classification, e.g. {@code software/memory-leak}
 * @param analysis what was found and how
 * @since 0.1
 */
public record RootCause(String category, String analysis) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param category classification, e.g. {@code software/memory-leak}
     * @param analysis what was found and how
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public RootCause {
        Checks.notBlank(category, "category");
        Checks.notBlank(analysis, "analysis");
    }
}
