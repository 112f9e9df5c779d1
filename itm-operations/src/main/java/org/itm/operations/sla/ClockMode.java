package org.itm.operations.sla;

/** What a ticket state does to an SLA clock. */
public enum ClockMode {
    RUNNING, PAUSED, STOPPED, CANCELLED
}
