package org.itm.operations.change;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * Whether a change may be planned into a window, and why.
 *
 * @param allowed            true when the calendar accepts it
 * @param blackouts          blackout windows it overlaps
 * @param withinMaintenance  true when a maintenance window contains it entirely
 * @param collisions         collisions with the scheduled changes it was checked against (cancelled ones never
 *                           count), the checked change always {@link Collision#second()} or first by start
 * @param reasons            explanation lines
 * @since 0.1
 */
public record ScheduleCheck(boolean allowed, List<ChangeWindow> blackouts, boolean withinMaintenance,
                            List<Collision> collisions, List<String> reasons) {

    /**
     * Copies the lists.
     *
     * @param allowed           true when the calendar accepts it
     * @param blackouts         blackout windows it overlaps
     * @param withinMaintenance true when a maintenance window contains it entirely
     * @param collisions        collisions found
     * @param reasons           explanation lines
     * @throws org.itm.core.ItmValidationException if a list is null
     */
    public ScheduleCheck {
        blackouts = List.copyOf(Checks.notNull(blackouts, "blackouts"));
        collisions = List.copyOf(Checks.notNull(collisions, "collisions"));
        reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
    }
}
