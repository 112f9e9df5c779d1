package org.itm.operations.oncall;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.itm.core.ItmValidationException;

/**
 * How long one member's turn lasts: either a calendar {@link Period} counted on the local wall clock (a daily turn
 * is 23 or 25 hours across a DST change) or a fixed {@link Duration} of elapsed time; build one with the factories.
 *
 * @param period   calendar length, or {@link Period#ZERO} when {@code duration} is used
 * @param duration elapsed length, or {@link Duration#ZERO} when {@code period} is used
 * @since 0.1
 */
public record TurnLength(Period period, Duration duration) {

    /**
     * Validates that exactly one of the two lengths is positive.
     *
     * @param period   calendar length, or {@link Period#ZERO} when {@code duration} is used
     * @param duration elapsed length, or {@link Duration#ZERO} when {@code period} is used
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public TurnLength {
        if (period == null || duration == null) {
            throw new ItmValidationException(period == null ? "period" : "duration", "must not be null");
        }
        boolean calendar = !period.isZero();
        boolean elapsed = !duration.isZero();
        if (calendar == elapsed) {
            throw new ItmValidationException("period", "exactly one of period and duration must be set");
        }
        if (calendar && (period.isNegative() || period.getDays() < 0 || period.getMonths() < 0
                || period.getYears() < 0)) {
            throw new ItmValidationException("period", "must be positive, was " + period);
        }
        if (elapsed && duration.isNegative()) {
            throw new ItmValidationException("duration", "must be positive, was " + duration);
        }
    }

    /** @return a turn of one local day */
    public static TurnLength daily() {
        return new TurnLength(Period.ofDays(1), Duration.ZERO);
    }

    /** @return a turn of one local week */
    public static TurnLength weekly() {
        return new TurnLength(Period.ofWeeks(1), Duration.ZERO);
    }

    /**
     * @param days number of local days, positive
     * @return a turn of {@code days} local days
     * @throws ItmValidationException if {@code days} is not positive
     */
    public static TurnLength everyDays(int days) {
        return new TurnLength(Period.ofDays(days), Duration.ZERO);
    }

    /**
     * @param hours number of elapsed hours, positive
     * @return a turn of {@code hours} elapsed hours
     * @throws ItmValidationException if {@code hours} is not positive
     */
    public static TurnLength everyHours(int hours) {
        return new TurnLength(Period.ZERO, Duration.ofHours(hours));
    }

    /**
     * @param length any positive elapsed length
     * @return a custom turn of {@code length}
     * @throws ItmValidationException if {@code length} is not positive
     */
    public static TurnLength custom(Duration length) {
        return new TurnLength(Period.ZERO, length);
    }

    /**
     * Reads the text form of a definition: {@code daily}, {@code weekly}, an ISO-8601 period counted on the local
     * wall clock ({@code P2D}, {@code P2W}, {@code P1M}) or an ISO-8601 duration of elapsed time ({@code PT12H}).
     *
     * @param text the text
     * @return the turn length
     * @throws ItmValidationException naming {@code turn} if the text is none of these or not positive
     */
    public static TurnLength parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ItmValidationException("turn", "must not be blank");
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("daily")) {
            return daily();
        }
        if (t.equalsIgnoreCase("weekly")) {
            return weekly();
        }
        try {
            if (t.toUpperCase(Locale.ROOT).contains("T")) {
                Duration d = Duration.parse(t);
                if (d.isZero() || d.isNegative()) {
                    throw new ItmValidationException("turn", "must be a positive duration, was " + text);
                }
                return custom(d);
            }
            Period p = Period.parse(t);
            if (p.isZero() || p.isNegative() || p.getDays() < 0 || p.getMonths() < 0 || p.getYears() < 0) {
                throw new ItmValidationException("turn", "must be a positive period, was " + text);
            }
            return new TurnLength(p, Duration.ZERO);
        } catch (DateTimeParseException e) {
            throw new ItmValidationException("turn", "must be daily, weekly, an ISO-8601 period (P2D) or duration "
                    + "(PT12H), was '" + text + "'");
        }
    }

    /** @return the text form {@link #parse(String)} reads back */
    public String toText() {
        return isCalendar() ? period.toString() : duration.toString();
    }

    /** @return whether turns are counted on the local wall clock */
    public boolean isCalendar() {
        return !period.isZero();
    }

    /** An approximation in seconds, used only to jump close to a turn before stepping exactly. */
    long approximateSeconds() {
        return isCalendar()
                ? (period.toTotalMonths() * 2_629_746L) + period.getDays() * 86_400L
                : duration.getSeconds();
    }
}
