package org.itm.operations.escalation;

/**
 * What makes an {@link EscalationRule} fire.
 *
 * @since 0.1
 */
public enum EscalationTrigger {
    /**
     * A share of an SLA's target has been reached (once per SLA cycle), by the SLA's own rule: the full target when
     * the SLA result is breached, at its breach instant; a share that is one of the SLA's warning thresholds when
     * the result lists it crossed, at that instant; any other share once more than that much business time has elapsed (list the share among
     * the SLA's warning thresholds for the exact instant).
     * Results that ended achieved or cancelled do not escalate.
     */
    SLA_ELAPSED,
    /** The ticket has stayed in one state for at least a given time (once per stay). */
    STATE_AGE,
    /** The ticket has one of the given priorities (once per period with such a priority). */
    PRIORITY
}
