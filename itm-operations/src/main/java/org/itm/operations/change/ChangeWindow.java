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
 */
public record ChangeWindow(String name, ChangeWindowKind kind, TimeInterval interval, Set<String> cis) {

    public ChangeWindow {
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
        Checks.notNull(interval, "interval");
        cis = Set.copyOf(Checks.notNull(cis, "cis"));
    }

    /** True when the window applies to a change touching {@code changeCis}. */
    public boolean covers(Collection<String> changeCis) {
        return cis.isEmpty() || changeCis.stream().anyMatch(cis::contains);
    }
}
