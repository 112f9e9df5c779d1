package org.itm.operations.change;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * What collision detection needs of a change: its id, window and CIs. {@link #of(Change)} takes them from a
 * scheduled change.
 *
 * @param changeId the change
 * @param window   planned window
 * @param cis      CIs touched; copied
 * @since 0.1
 */
public record ScheduledChange(String changeId, TimeInterval window, List<String> cis) {

    /**
     * Checks the fields and copies {@code cis}.
     *
     * @param changeId the change; not blank
     * @param window   planned window
     * @param cis      CIs touched
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public ScheduledChange {
        Checks.notBlank(changeId, "changeId");
        Checks.notNull(window, "window");
        cis = List.copyOf(Checks.notNull(cis, "cis"));
    }

    /**
     * The scheduled form of {@code change}.
     *
     * @param change a change holding a window: scheduled or later, not cancelled
     * @return its id, window and CIs
     * @throws org.itm.core.ItmValidationException if the change has no window or is cancelled (a cancelled
     *                                             change releases its window); use
     *                                             {@link CollisionDetector#findIn} to skip such changes
     */
    public static ScheduledChange of(Change change) {
        Checks.notNull(change, "change");
        if (change.state() == ChangeState.CANCELLED) {
            throw new ItmValidationException("change.state", change.id()
                    + " is cancelled and no longer holds its window");
        }
        return new ScheduledChange(change.id(), change.window().orElseThrow(() ->
                new ItmValidationException("change.window", change.id() + " is not scheduled")),
                change.cis());
    }

    /** True when {@code change} holds a window in the calendar: it has one and is not cancelled. */
    static boolean holdsWindow(Change change) {
        return change.window().isPresent() && change.state() != ChangeState.CANCELLED;
    }
}
