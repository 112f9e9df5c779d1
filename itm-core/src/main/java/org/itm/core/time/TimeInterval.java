package org.itm.core.time;

import java.time.Duration;
import java.time.Instant;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * A half-open interval of instants {@code [start, end)}.
 *
 * @param start first instant inside the interval
 * @param end   first instant after the interval; not before {@code start}
 * @since 0.1
 */
public record TimeInterval(Instant start, Instant end) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param start first instant inside the interval
     * @param end first instant after the interval; not before {@code start}
     * @throws ItmValidationException naming each invalid component
     */
    public TimeInterval {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (end.isBefore(start)) {
            throw new ItmValidationException("end", "must not be before start (" + start + "), was " + end);
        }
    }

    /**
     * The interval {@code [start, end)}.
     *
     * @param start first instant inside
     * @param end first instant after; not before {@code start}
     * @return the interval
     * @throws ItmValidationException if {@code end} is before {@code start}
     */
    public static TimeInterval of(Instant start, Instant end) {
        return new TimeInterval(start, end);
    }

    /**
     * The elapsed time from start to end.
     *
     * @return the length, zero for an empty interval
     */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * Whether the interval contains no instant.
     *
     * @return whether start equals end
     */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /**
     * Whether {@code t} lies inside: {@code start <= t < end}.
     *
     * @param t the instant
     * @return whether it is inside
     */
    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /**
     * True when the two intervals share at least one instant.
     *
     * @param other the other interval
     * @return whether they overlap
     */
    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
