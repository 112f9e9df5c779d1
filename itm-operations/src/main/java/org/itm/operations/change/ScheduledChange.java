package org.itm.operations.change;

import java.util.List;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * What collision detection needs of a change: its id, window and CIs. {@link #of(Change)} takes them from a
 * scheduled change.
 *
 * @param changeId the change
 * @param window   planned window
 * @param cis      CIs touched; copied
 */
public record ScheduledChange(String changeId, TimeInterval window, List<String> cis) {

    public ScheduledChange {
        Checks.notBlank(changeId, "changeId");
        Checks.notNull(window, "window");
        cis = List.copyOf(Checks.notNull(cis, "cis"));
    }

    /** The scheduled form of {@code change}; it must have a window. */
    public static ScheduledChange of(Change change) {
        return new ScheduledChange(change.id(), change.window().orElseThrow(() ->
                new org.itm.core.ItmValidationException("change.window", change.id() + " is not scheduled")),
                change.cis());
    }
}
