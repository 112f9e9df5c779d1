package org.itm.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.itm.core.time.internal.TwentyFourSevenCalendar;
import org.itm.core.time.internal.WorkingNanos;
import org.itm.core.validation.Checks;

/**
 * Says when work happens: which instants are working time in a zone, and how much working time lies between
 * two instants. SLA clocks, escalations and ageing KPIs measure business time through this interface.
 *
 * <p>Wall-clock hours are local to {@link #zone()}: a daylight-saving change inside working hours makes that
 * day shorter or longer in real (elapsed) time. All methods are pure and thread-safe.
 *
 * <p>Create one with {@link #twentyFourSeven(ZoneId)}, {@link #weekdays(ZoneId, LocalTime, LocalTime)} or, for
 * anything else (several shifts a day, night shifts, holidays, public holidays, extra working days),
 * {@link #weekly(ZoneId)}. Every method rejects a null argument, and an instant outside the range an
 * implementation supports, with an {@link org.itm.core.ItmValidationException} naming the parameter.
 *
 * @since 0.1
 */
public interface BusinessCalendar {

    /**
     * The zone in which the calendar's wall-clock hours and dates are read.
     *
     * @return the calendar's zone
     */
    ZoneId zone();

    /**
     * True when {@code t} lies inside a working interval (intervals are half-open: the end is not working).
     *
     * @param t the instant to test
     * @return whether {@code t} is working time
     */
    boolean isWorking(Instant t);

    /**
     * True when the local date {@code date} has any working time.
     *
     * @param date a date in the calendar's {@link #zone()}
     * @return whether any instant of that date is working time
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * Working time in {@code [a, b)}. When {@code b} is before {@code a} the result is negative, so that
     * {@code between(a, b) + between(b, c) == between(a, c)} for any three instants.
     *
     * @param a the start, inclusive
     * @param b the end, exclusive
     * @return the working time between them, negative when {@code b} is before {@code a}
     */
    Duration workingTimeBetween(Instant a, Instant b);

    /**
     * {@link #workingTimeBetween} in nanoseconds, for callers that add up many periods (SLA and KPI engines) and
     * need no {@link Duration} for each. Implementations should override the default, which converts.
     *
     * @param a the start, inclusive
     * @param b the end, exclusive
     * @return the working nanoseconds between them, negative when {@code b} is before {@code a}
     * @throws org.itm.core.ItmValidationException if the working time does not fit in a {@code long} of nanoseconds (about 292
     *                                years), naming {@code b}
     */
    default long workingNanosBetween(Instant a, Instant b) {
        Duration d = workingTimeBetween(a, b);
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            throw WorkingNanos.tooLong(a, b);
        }
    }

    /**
     * The earliest instant {@code r >= t} such that {@code workingTimeBetween(t, r)} equals {@code d}.
     * With {@code d} zero this is {@code t} itself (even outside working time).
     *
     * @param t where to start counting
     * @param d the working time to add; zero or positive
     * @return the instant at which {@code d} of working time has elapsed since {@code t}
     * @throws org.itm.core.ItmValidationException if {@code d} is negative, or the calendar has no working time
     *                                             left to add it to
     */
    Instant addWorkingTime(Instant t, Duration d);

    /**
     * {@link #addWorkingTime} with the working time in nanoseconds. Implementations should override the default,
     * which converts.
     *
     * @param t where to start counting
     * @param nanos the working time to add, in nanoseconds; zero or positive
     * @return the instant at which {@code nanos} of working time has elapsed since {@code t}
     * @throws org.itm.core.ItmValidationException as {@link #addWorkingTime}, naming the field {@code nanos} when it is negative
     */
    default Instant addWorkingNanos(Instant t, long nanos) {
        return addWorkingTime(t, Duration.ofNanos(Checks.notNegative(nanos, "nanos")));
    }

    /**
     * {@code t} if it is working, else the start of the next working interval.
     *
     * @param t the instant to start from
     * @return {@code t} or the next start of working time
     * @throws org.itm.core.ItmValidationException if the calendar has no working time at or after {@code t}
     */
    Instant nextWorkingInstant(Instant t);

    /**
     * The working intervals inside {@code [a, b)}, clipped to it, in order and merged where they touch (so a
     * night shift is one interval across midnight).
     *
     * @param a the start, inclusive
     * @param b the end, exclusive; not before {@code a}
     * @return the working intervals, possibly empty
     * @throws org.itm.core.ItmValidationException if {@code b} is before {@code a}
     */
    List<TimeInterval> workingIntervals(Instant a, Instant b);

    /**
     * A calendar where every instant is working time (24×7); {@code zone} is where its dates are read. For
     * round-the-clock service with holidays, use {@code weekly(zone).allDay(DayOfWeek.values()).holiday(...)}.
     *
     * @param zone the zone in which {@link #isWorkingDay(LocalDate)} reads dates
     * @return the 24×7 calendar
     */
    static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return new TwentyFourSevenCalendar(Checks.notNull(zone, "zone"));
    }

    /**
     * Starts a calendar with weekly hours local to {@code zone}; see {@link WeeklyCalendarBuilder} for shifts
     * across midnight, holidays, partial closures, extra working days and daylight saving.
     *
     * @param zone the zone of the wall-clock hours and dates
     * @return a builder with no working hours yet
     */
    static WeeklyCalendarBuilder weekly(ZoneId zone) {
        return new WeeklyCalendarBuilder(Checks.notNull(zone, "zone"));
    }

    /**
     * Monday to Friday from {@code start} to {@code end} local time, no holidays; e.g. 09:00–17:00.
     *
     * @param zone the zone of the wall-clock hours
     * @param start the daily start, local time
     * @param end the daily end, local time; before {@code start} for a shift across midnight
     * @return the calendar
     * @throws org.itm.core.ItmValidationException if {@code start} equals {@code end} or a value is missing
     */
    static BusinessCalendar weekdays(ZoneId zone, LocalTime start, LocalTime end) {
        return weekly(zone).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, start, end).build();
    }
}
