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
 * @since 0.1
 */
public record TimeWindow(WindowKind kind, ZoneId zone, int days) {

    /**
     * A window as read from data; prefer the factories.
     *
     * @param kind the kind of window
     * @param zone the zone in which instants are turned into dates
     * @param days 1–3660 for {@link WindowKind#ROLLING_DAYS}, 0 for every other kind
     * @throws org.itm.core.ItmValidationException if {@code kind} or {@code zone} is null or {@code days} does
     *         not fit the kind
     */
    public TimeWindow {
        Checks.notNull(kind, "kind");
        Checks.notNull(zone, "zone");
        if (kind == WindowKind.ROLLING_DAYS) {
            Checks.between(days, 1, 3660, "days");
        } else {
            Checks.require(days == 0, "days", "must be 0 unless kind is ROLLING_DAYS, was " + days);
        }
    }

    /**
     * The calendar day in {@code zone}, from local midnight to the next.
     *
     * @param zone where local midnight starts each window
     * @return the window
     * @throws org.itm.core.ItmValidationException if {@code zone} is null
     */
    public static TimeWindow day(ZoneId zone) {
        return new TimeWindow(WindowKind.DAY, zone, 0);
    }

    /**
     * The calendar ISO week in {@code zone}, Monday to Sunday.
     *
     * @param zone where local midnight starts each window
     * @return the window
     * @throws org.itm.core.ItmValidationException if {@code zone} is null
     */
    public static TimeWindow week(ZoneId zone) {
        return new TimeWindow(WindowKind.WEEK, zone, 0);
    }

    /**
     * The calendar month in {@code zone}.
     *
     * @param zone where local midnight starts each window
     * @return the window
     * @throws org.itm.core.ItmValidationException if {@code zone} is null
     */
    public static TimeWindow month(ZoneId zone) {
        return new TimeWindow(WindowKind.MONTH, zone, 0);
    }

    /**
     * The calendar quarter in {@code zone}, starting in January, April, July and October.
     *
     * @param zone where local midnight starts each window
     * @return the window
     * @throws org.itm.core.ItmValidationException if {@code zone} is null
     */
    public static TimeWindow quarter(ZoneId zone) {
        return new TimeWindow(WindowKind.QUARTER, zone, 0);
    }

    /**
     * The calendar year in {@code zone}.
     *
     * @param zone where local midnight starts each window
     * @return the window
     * @throws org.itm.core.ItmValidationException if {@code zone} is null
     */
    public static TimeWindow year(ZoneId zone) {
        return new TimeWindow(WindowKind.YEAR, zone, 0);
    }

    /**
     * The {@code days} days ending on (and including) each day, in {@code zone}: one value per day with data, over
     * the days before it, such as a 28-day rolling MTTR.
     *
     * @param days the window's length, 1 to 3660
     * @param zone where local midnight starts each day
     * @return the window
     * @throws org.itm.core.ItmValidationException if {@code days} is out of range or {@code zone} is null
     */
    public static TimeWindow rollingDays(int days, ZoneId zone) {
        return new TimeWindow(WindowKind.ROLLING_DAYS, zone, days);
    }

    /**
     * One window covering all time: one value per group over every record. Rates need a bounded window, so
     * {@code RATE} and {@code TIME_BETWEEN} KPIs cannot use it.
     *
     * @return the window of {@link WindowKind#ALL}, in UTC
     */
    public static TimeWindow all() {
        return new TimeWindow(WindowKind.ALL, ZoneOffset.UTC, 0);
    }

    /**
     * Whether the window has a length, which rates need.
     *
     * @return false only for {@link WindowKind#ALL}, whose length is unknown
     */
    public boolean isBounded() {
        return kind != WindowKind.ALL;
    }
}
