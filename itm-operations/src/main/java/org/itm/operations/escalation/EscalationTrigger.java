package org.itm.operations.escalation;

/** What makes an {@link EscalationRule} fire. */
public enum EscalationTrigger {
    /** A share of an SLA's target has elapsed (once per SLA cycle). */
    SLA_ELAPSED,
    /** The ticket has stayed in one state for at least a given time (once per stay). */
    STATE_AGE,
    /** The ticket has one of the given priorities (once per period with such a priority). */
    PRIORITY
}
