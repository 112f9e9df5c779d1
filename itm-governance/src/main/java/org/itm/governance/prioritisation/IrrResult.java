package org.itm.governance.prioritisation;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The internal rate of return of a cash-flow series, or why there is none: {@link #irr()} is present only when
 * exactly one rate in (−99 %, 1000 %] makes the NPV zero; {@link #roots()} lists every rate found, and
 * {@link #explanation()} says what was found (no sign change, no root, several roots).
 *
 * @param irr         the internal rate of return as a fraction per period ({@code 0.12} is 12 %), when unique
 * @param roots       every rate found that makes the NPV zero, as fractions; copied
 * @param explanation what was found, in words
 * @since 0.1
 */
public record IrrResult(Optional<Double> irr, List<Double> roots, String explanation) {

    /**
     * Checks the components and copies the roots.
     *
     * @param irr         the internal rate of return as a fraction per period ({@code 0.12} is 12 %), when unique
     * @param roots       every rate found that makes the NPV zero, as fractions; copied
     * @param explanation what was found, in words
     * @throws org.itm.core.ItmValidationException naming {@code irr} when null or {@code explanation} when blank
     */
    public IrrResult {
        Checks.notNull(irr, "irr");
        roots = List.copyOf(roots);
        Checks.notBlank(explanation, "explanation");
    }
}
