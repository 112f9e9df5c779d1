package org.itm.metrics.kpi;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.itm.core.validation.Checks;

/**
 * The time windows a KPI is grouped by: calendar day, week, month, quarter or year read in {@code zone}, a rolling
 * window of {@code days} days, or no window at all.
 *
 * <p>Create with {@link #month(ZoneId)}, {@link #rollingDays(int, ZoneId)}, {@link #all()} and friends. As data:
 * {@code {"kind": "MONTH", "zone": "Europe/Berlin", "days": 0}}.
 *
 * @param kind the kind of window
 * @param zone the zone in which instants are turned into dates
 * @param days length of a {@link WindowKind#ROLLING_DAYS} window (1–3660); 0 for every other kind
 */
public record TimeWindow(WindowKind kind, ZoneId zone, int days) {

    public TimeWindow {
        Checks.notNull(kind, "kind");
        Checks.notNull(zone, "zone");
        if (kind == WindowKind.ROLLING_DAYS) {
            Checks.between(days, 1, 3660, "days");
        } else {
            Checks.require(days == 0, "days", "must be 0 unless kind is ROLLING_DAYS, was " + days);
        }
    }

    public static TimeWindow day(ZoneId zone) {
        return new TimeWindow(WindowKind.DAY, zone, 0);
    }

    public static TimeWindow week(ZoneId zone) {
        return new TimeWindow(WindowKind.WEEK, zone, 0);
    }

    public static TimeWindow month(ZoneId zone) {
        return new TimeWindow(WindowKind.MONTH, zone, 0);
    }

    public static TimeWindow quarter(ZoneId zone) {
        return new TimeWindow(WindowKind.QUARTER, zone, 0);
    }

    public static TimeWindow year(ZoneId zone) {
        return new TimeWindow(WindowKind.YEAR, zone, 0);
    }

    /** The {@code days} days ending on (and including) each day, in {@code zone}. */
    public static TimeWindow rollingDays(int days, ZoneId zone) {
        return new TimeWindow(WindowKind.ROLLING_DAYS, zone, days);
    }

    /** One window covering all time. */
    public static TimeWindow all() {
        return new TimeWindow(WindowKind.ALL, ZoneOffset.UTC, 0);
    }

    /** False only for {@link WindowKind#ALL}, whose length is unknown. */
    public boolean isBounded() {
        return kind != WindowKind.ALL;
    }
}
