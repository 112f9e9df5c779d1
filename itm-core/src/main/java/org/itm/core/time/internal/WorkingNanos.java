package org.itm.core.time.internal;

import java.time.Instant;
import org.itm.core.ItmValidationException;

/** The one failure of {@code BusinessCalendar.workingNanosBetween}, shared by its default and the calendars here. */
public final class WorkingNanos {

    private WorkingNanos() {
    }

    /** The working time from {@code a} to {@code b} does not fit in a {@code long} of nanoseconds. */
    public static ItmValidationException tooLong(Instant a, Instant b) {
        return new ItmValidationException("b", "the working time from " + a + " to " + b
                + " does not fit in a long of nanoseconds (about 292 years); use workingTimeBetween");
    }
}
