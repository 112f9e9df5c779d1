package org.itm.core.service.cmdb;

import java.util.List;
import java.util.Optional;
import org.itm.core.service.CiId;
import org.itm.core.validation.Checks;

/**
 * What an import did with one entry, and why.
 *
 * @param entry   the entry, e.g. {@code row 3 (line 4)}
 * @param kind    created, updated, unchanged or conflicting
 * @param ci      the item it was identified as or created; empty for a conflict that names several
 * @param reasons the changes made and the values kept by precedence (e.g.
 *                {@code ip: kept '10.0.0.5' from discovery, which ranks above cmdb-csv; ignored '10.0.0.9'}),
 *                or for a conflict why it was not applied
 * @since 0.1
 */
public record CmdbOutcome(String entry, Kind kind, Optional<CiId> ci, List<String> reasons) {

    /** The outcome of one entry. */
    public enum Kind {
        /** No known item matched: a new one was made. */
        CREATED,
        /** A known item matched and at least one value changed. */
        UPDATED,
        /** A known item matched and nothing changed (values equal, or kept by precedence). */
        UNCHANGED,
        /** Not applied: the rules identify several items, or the item was already set by an earlier entry. */
        CONFLICTING
    }

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param entry the entry, e.g. {@code row 3 (line 4)}
     * @param kind created, updated, unchanged or conflicting
     * @param ci the item it was identified as or created; empty for a conflict that names several
     * @param reasons the changes made and the values kept by precedence (e.g. {@code ip: kept '10.0.0.5' from
     *        discovery, which ranks above cmdb-csv; ignored '10.0.0.9'}), or for a conflict why it was not applied
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public CmdbOutcome {
        Checks.notBlank(entry, "entry");
        Checks.notNull(kind, "kind");
        Checks.notNull(ci, "ci");
        reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
        reasons.forEach(r -> Checks.notBlank(r, "reasons"));
    }
}
