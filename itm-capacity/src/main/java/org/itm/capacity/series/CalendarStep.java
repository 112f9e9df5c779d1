package org.itm.capacity.series;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A step of calendar time — a number of years, months or days in a time zone — for series whose spacing a
 * {@link java.time.Duration} cannot express: one year is 365 or 366 days, a quarter 90 to 92, a month 28 to 31, and
 * a day in a zone with daylight saving 23 to 25 hours. Step {@code k} after {@code start} is {@code start} in
 * {@code zone} plus {@code k × period}, counted from the start (so 31 January plus one month is 28 or 29 February
 * and plus two months is 31 March).
 *
 * @param period the calendar amount of one step; positive (no negative part, not zero)
 * @param zone   the zone whose calendar the amount is counted in
 * @since 0.1
 */
public record CalendarStep(Period period, ZoneId zone) {

    /**
     * Checks the components.
     *
     * @param period the calendar amount of one step; positive (no negative part, not zero)
     * @param zone   the zone whose calendar the amount is counted in
     * @throws org.itm.core.ItmValidationException if a component is null or {@code period} is zero or has a
     *         negative part
     */
    public CalendarStep {
        Checks.notNull(period, "period");
        Checks.notNull(zone, "zone");
        Violations v = new Violations();
        v.require(!period.isZero() && !period.isNegative() && period.getYears() >= 0 && period.getMonths() >= 0
                && period.getDays() >= 0, "period", "must be a positive calendar amount, was " + period);
        v.throwIfAny();
    }

    /**
     * A yearly step in UTC, as for annual series read from R ({@code 1871, 1872, ...}).
     *
     * @param years years per step, at least 1
     * @return a step of {@code years} years in UTC
     * @throws org.itm.core.ItmValidationException if {@code years} is less than 1
     */
    public static CalendarStep years(int years) {
        Checks.positive(years, "years");
        return new CalendarStep(Period.ofYears(years), ZoneOffset.UTC);
    }

    /**
     * A quarterly step in UTC.
     *
     * @param quarters quarters per step, at least 1
     * @return a step of {@code 3 × quarters} months in UTC
     * @throws org.itm.core.ItmValidationException if {@code quarters} is less than 1
     */
    public static CalendarStep quarters(int quarters) {
        Checks.positive(quarters, "quarters");
        return new CalendarStep(Period.ofMonths(3 * quarters), ZoneOffset.UTC);
    }

    /**
     * A monthly step in UTC.
     *
     * @param months months per step, at least 1
     * @return a step of {@code months} months in UTC
     * @throws org.itm.core.ItmValidationException if {@code months} is less than 1
     */
    public static CalendarStep months(int months) {
        Checks.positive(months, "months");
        return new CalendarStep(Period.ofMonths(months), ZoneOffset.UTC);
    }

    /**
     * The instant {@code steps} steps after {@code start}, counted from {@code start} in {@link #zone()} (so the
     * day of month does not drift after a short month).
     *
     * @param start  the first instant
     * @param steps  how many steps after it, not negative
     * @return the instant {@code steps} steps after {@code start}
     * @throws org.itm.core.ItmValidationException if {@code start} is null or {@code steps} is negative
     * @throws ArithmeticException if {@code steps} exceeds {@link Integer#MAX_VALUE}
     */
    public Instant after(Instant start, long steps) {
        Checks.notNull(start, "start");
        Checks.notNegative(steps, "steps");
        return start.atZone(zone).plus(period.multipliedBy(Math.toIntExact(steps))).toInstant();
    }
}
