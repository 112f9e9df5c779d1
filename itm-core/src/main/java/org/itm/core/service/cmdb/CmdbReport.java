package org.itm.core.service.cmdb;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * The outcome of every entry of one import, in input order.
 *
 * @param source   the source imported, e.g. {@code servicenow-export}
 * @param outcomes one per entry
 * @since 0.1
 */
public record CmdbReport(String source, List<CmdbOutcome> outcomes) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param source the source imported, e.g. {@code servicenow-export}
     * @param outcomes one per entry
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public CmdbReport {
        Checks.notBlank(source, "source");
        outcomes = List.copyOf(Checks.notNull(outcomes, "outcomes"));
    }

    /**
     * The entries that made a new item.
     *
     * @return the created outcomes
     */
    public List<CmdbOutcome> created() {
        return of(CmdbOutcome.Kind.CREATED);
    }

    /**
     * The entries that changed a known item.
     *
     * @return the updated outcomes
     */
    public List<CmdbOutcome> updated() {
        return of(CmdbOutcome.Kind.UPDATED);
    }

    /**
     * The entries that matched a known item and changed nothing.
     *
     * @return the unchanged outcomes
     */
    public List<CmdbOutcome> unchanged() {
        return of(CmdbOutcome.Kind.UNCHANGED);
    }

    /**
     * The entries not applied because of an identification conflict.
     *
     * @return the conflicting outcomes
     */
    public List<CmdbOutcome> conflicting() {
        return of(CmdbOutcome.Kind.CONFLICTING);
    }

    /**
     * Whether the import changed anything.
     *
     * @return whether any item was created or updated
     */
    public boolean changedAnything() {
        return outcomes.stream().anyMatch(o -> o.kind() == CmdbOutcome.Kind.CREATED
                || o.kind() == CmdbOutcome.Kind.UPDATED);
    }

    private List<CmdbOutcome> of(CmdbOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).toList();
    }
}
