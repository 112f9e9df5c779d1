package org.itm.operations.problem;

import org.itm.core.validation.Checks;

/**
 * The cause of a problem.
 *
 * @param category classification, e.g. {@code software/memory-leak}
 * @param analysis what was found and how
 */
public record RootCause(String category, String analysis) {

    public RootCause {
        Checks.notBlank(category, "category");
        Checks.notBlank(analysis, "analysis");
    }
}
