package org.itm.risk.advisory;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * An OSV range: events over the ordering of {@link Type}.
 *
 * @param type   how the event versions are ordered
 * @param events the events as written (OSV does not require them sorted)
 * @since 0.1
 */
public record VersionRange(Type type, List<RangeEvent> events) {

    /** OSV range types. */
    public enum Type {
        /** Semantic Versioning 2.0 ordering. */
        SEMVER,
        /** The ecosystem's own ordering (Maven, PyPI, ...). */
        ECOSYSTEM,
        /** Commit hashes; cannot be compared with released versions, so matching uses the versions list instead. */
        GIT
    }

    /**
     * Checks the components and copies the collections.
     *
     * @param type   how the event versions are ordered
     * @param events the events as written (OSV does not require them sorted)
     * @throws org.itm.core.ItmValidationException naming {@code type} when null; {@code events} when null or empty
     */
    public VersionRange {
        Checks.notNull(type, "type");
        events = List.copyOf(Checks.notEmpty(events, "events"));
    }
}
