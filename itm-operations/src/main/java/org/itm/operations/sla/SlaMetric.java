package org.itm.operations.sla;

import java.util.Set;

/**
 * What an SLA measures; each metric has default stop states (see {@link #defaultStopStates()}).
 *
 * @since 0.1
 */
public enum SlaMetric {
    /** Time until the ticket is first assigned or acknowledged (it leaves NEW). */
    RESPONSE,
    /** Time until the ticket is resolved. */
    RESOLUTION;

    /**
     * The states that stop the clock unless a definition names its own.
     *
     * @return RESPONSE: {@code ASSIGNED, IN_PROGRESS, ON_HOLD, RESOLVED, CLOSED}; RESOLUTION: {@code RESOLVED,
     *         CLOSED}
     */
    public Set<String> defaultStopStates() {
        return switch (this) {
            case RESPONSE -> Set.of("ASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "CLOSED");
            case RESOLUTION -> Set.of("RESOLVED", "CLOSED");
        };
    }
}
