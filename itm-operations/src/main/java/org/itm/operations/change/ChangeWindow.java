package org.itm.operations.change;

import java.util.Collection;
import java.util.Set;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * A maintenance or blackout window of the change calendar.
 *
 * @param name     shown to people, e.g. {@code year-end freeze}
 * @param kind     maintenance or blackout
 * @param interval when
 * @param cis      the configuration items it covers; empty: all
 * @since 0.1
 */
public record ChangeWindow(String name, ChangeWindowKind kind, TimeInterval interval, Set<String> cis) {

    /**
     * Checks the window and copies {@code cis}.
     *
     * @param name     shown to people; not blank
     * @param kind     maintenance or blackout
     * @param interval when
     * @param cis      the configuration items it covers; empty for all
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public ChangeWindow {
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
        Checks.notNull(interval, "interval");
        cis = Set.copyOf(Checks.notNull(cis, "cis"));
    }

    /**
     * Whether the window applies to a change touching {@code changeCis}.
     *
     * @param changeCis CI ids of the change
     * @return true when the window covers all CIs or shares one with {@code changeCis}
     */
    public boolean covers(Collection<String> changeCis) {
        return cis.isEmpty() || changeCis.stream().anyMatch(cis::contains);
    }
}
