package org.itm.core.time.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/** Every instant is working time; the zone only names where the calendar's dates are read. */
public final class TwentyFourSevenCalendar implements BusinessCalendar {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ZoneId zone;

    public TwentyFourSevenCalendar(ZoneId zone) {
        this.zone = Checks.notNull(zone, "zone");
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean isWorking(Instant t) {
        Checks.notNull(t, "t");
        return true;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Checks.notNull(date, "date");
        return true;
    }

    @Override
    public Duration workingTimeBetween(Instant a, Instant b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        // the same value as Duration.between, without its generic Temporal.until path (hot in SLA evaluation)
        return Duration.ofSeconds(b.getEpochSecond() - a.getEpochSecond(), (long) b.getNano() - a.getNano());
    }

    @Override
    public long workingNanosBetween(Instant a, Instant b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        try {
            return Math.addExact(Math.multiplyExact(b.getEpochSecond() - a.getEpochSecond(), NANOS_PER_SECOND),
                    (long) b.getNano() - a.getNano());
        } catch (ArithmeticException e) {
            throw WorkingNanos.tooLong(a, b);
        }
    }

    @Override
    public Instant addWorkingNanos(Instant t, long nanos) {
        Checks.notNull(t, "t");
        Checks.notNegative(nanos, "nanos");
        try {
            return t.plusNanos(nanos);
        } catch (DateTimeException | ArithmeticException e) {
            throw new ItmValidationException("nanos", "is too large: " + t + " + " + nanos
                    + " ns is beyond the supported instants");
        }
    }

    @Override
    public Instant addWorkingTime(Instant t, Duration d) {
        Checks.notNull(t, "t");
        Checks.notNegative(d, "d");
        try {
            // the same value as t.plus(d), without the generic TemporalAmount path (hot in SLA evaluation)
            return t.plusSeconds(d.getSeconds()).plusNanos(d.getNano());
        } catch (DateTimeException | ArithmeticException e) {
            throw new ItmValidationException("d", "is too large: " + t + " + " + d + " is beyond the supported instants");
        }
    }

    @Override
    public Instant nextWorkingInstant(Instant t) {
        Checks.notNull(t, "t");
        return t;
    }

    @Override
    public List<TimeInterval> workingIntervals(Instant a, Instant b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        if (b.isBefore(a)) {
            throw new ItmValidationException("b", "must not be before a (" + a + "), was " + b);
        }
        return a.equals(b) ? List.of() : List.of(new TimeInterval(a, b));
    }

    @Override
    public String toString() {
        return "24x7 in " + zone;
    }
}
