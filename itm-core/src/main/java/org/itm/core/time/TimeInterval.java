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
 */
public record TimeInterval(Instant start, Instant end) {

    public TimeInterval {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (end.isBefore(start)) {
            throw new ItmValidationException("end", "must not be before start (" + start + "), was " + end);
        }
    }

    public static TimeInterval of(Instant start, Instant end) {
        return new TimeInterval(start, end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** True when the two intervals share at least one instant. */
    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
