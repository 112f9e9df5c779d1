package org.itm.risk.advisory;

import org.itm.core.validation.Checks;

/**
 * One event of an OSV range.
 *
 * @param kind    introduced, fixed, last_affected or limit
 * @param version the version the event happens at ({@code 0} for "introduced at the beginning")
 * @since 0.1
 */
public record RangeEvent(Kind kind, String version) {

    /** The OSV event types. */
    public enum Kind {
        /** The first affected version. */
        INTRODUCED,
        /** The first version that is no longer affected. */
        FIXED,
        /** The last affected version (later ones are not, though no fix is named). */
        LAST_AFFECTED,
        /** An upper bound on the range: versions at or above it are outside it. */
        LIMIT
    }

    /**
     * Checks the components.
     *
     * @param kind    introduced, fixed, last_affected or limit
     * @param version the version the event happens at ({@code 0} for "introduced at the beginning")
     * @throws org.itm.core.ItmValidationException naming {@code kind} when null; {@code version} when blank
     */
    public RangeEvent {
        Checks.notNull(kind, "kind");
        Checks.notBlank(version, "version");
    }
}
