package org.itm.operations.sla;

/**
 * How a target of N business days becomes a deadline. In both conventions the clock starts at the next
 * working instant after the ticket opened; day 0 is the calendar date of that start, and the N-th business day
 * is the N-th working date after day 0. The deadline is then turned into business time
 * ({@code workingTimeBetween(start, deadline)}), so pauses push it out like any business-hours target.
 */
public enum BusinessDayConvention {
    /** The deadline is the end of the last working interval of the N-th business day. */
    END_OF_DAY,
    /**
     * The deadline is the same wall-clock time on the N-th business day (or the next working instant after it,
     * when that time is not working on that day).
     */
    SAME_TIME
}
