package org.itm.operations.sla;

/**
 * How a target of N business days becomes a deadline. In both conventions the clock starts at the next
 * working instant after the ticket opened; day 0 is the calendar date of that start, and the N-th business day
 * is the N-th working date after day 0. The deadline is then turned into business time
 * ({@code workingTimeBetween(start, deadline)}), so pauses push it out like any business-hours target.
 *
 * @since 0.1
 */
public enum BusinessDayConvention {
    /**
     * The deadline is the end of the last working interval of the N-th business day; the target is reached at that
     * close, like a business-time target that uses up the day.
     */
    END_OF_DAY,
    /**
     * The deadline is the same wall-clock time on the N-th business day (or the next working instant after it,
     * when that time is not working on that day). The target, and each warning share of it, is reached at the
     * first working instant at which the running clock has it elapsed: two business days from Monday 09:00 are
     * reached on Wednesday at 09:00, not at Tuesday's close, though both show the same elapsed business time,
     * and half of them on Tuesday at 09:00.
     */
    SAME_TIME
}
