package org.itm.metrics.kpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.itm.core.validation.Checks;

/**
 * The dates a KPI value covers: {@code [start, end)} in {@code zone}. The window of {@link WindowKind#ALL} runs from
 * {@link LocalDate#MIN} to {@link LocalDate#MAX} (see {@link #isUnbounded()}).
 *
 * @param start first date inside the window
 * @param end   first date after the window; after {@code start}
 * @param zone  zone in which the dates are read
 * @since 0.1
 */
public record WindowRange(LocalDate start, LocalDate end, ZoneId zone) implements Comparable<WindowRange> {

    /**
     * A range of dates.
     *
     * @param start first date inside the window
     * @param end   first date after the window; after {@code start}
     * @param zone  zone in which the dates are read
     * @throws org.itm.core.ItmValidationException if an argument is null or {@code end} is not after {@code start}
     */
    public WindowRange {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Checks.notNull(zone, "zone");
        Checks.require(end.isAfter(start), "end", "must be after start " + start + ", was " + end);
    }

    /**
     * Whether this is the window of {@link WindowKind#ALL}, which has no length.
     *
     * @return true when the range runs from {@link LocalDate#MIN} to {@link LocalDate#MAX}
     */
    public boolean isUnbounded() {
        return start.equals(LocalDate.MIN) && end.equals(LocalDate.MAX);
    }

    /**
     * The window's length, by which rates are computed.
     *
     * @return the number of calendar days in the window; {@link Long#MAX_VALUE} when unbounded
     */
    public long lengthInDays() {
        return isUnbounded() ? Long.MAX_VALUE : ChronoUnit.DAYS.between(start, end);
    }

    /**
     * Whether values measured over the two windows can be compared fairly (a 28-day February with a 31-day March
     * cannot, for a count).
     *
     * @param other the other window
     * @return true when both are bounded and of equal length in days
     */
    public boolean comparableTo(WindowRange other) {
        return !isUnbounded() && lengthInDays() == other.lengthInDays();
    }

    @Override
    public int compareTo(WindowRange other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return isUnbounded() ? "all time" : start + ".." + end.minusDays(1);
    }
}
