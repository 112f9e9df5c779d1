package org.itm.operations.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.TimeInterval;

/** A plain weekly calendar (one interval per working day) for the module's own tests. */
public final class WeeklyTestCalendar implements BusinessCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime from;
    private final LocalTime to;

    public WeeklyTestCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        this.zone = zone;
        this.days = EnumSet.copyOf(days);
        this.from = from;
        this.to = to;
    }

    public static WeeklyTestCalendar berlinOffice() {
        return new WeeklyTestCalendar(ZoneId.of("Europe/Berlin"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    public static WeeklyTestCalendar always(ZoneId zone) {
        return new WeeklyTestCalendar(zone, EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MAX);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    private TimeInterval dayInterval(LocalDate d) {
        Instant s = ZonedDateTime.of(d, from, zone).toInstant();
        Instant e = to.equals(LocalTime.MAX) ? d.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(d, to, zone).toInstant();
        return new TimeInterval(s, e);
    }

    @Override
    public boolean isWorking(Instant t) {
        LocalDate d = t.atZone(zone).toLocalDate();
        return isWorkingDay(d) && dayInterval(d).contains(t);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    @Override
    public Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        Duration sum = Duration.ZERO;
        for (TimeInterval i : workingIntervals(a, b)) {
            sum = sum.plus(i.duration());
        }
        return sum;
    }

    @Override
    public Instant addWorkingTime(Instant t, Duration d) {
        if (d.isNegative()) {
            throw new ItmValidationException("d", "must not be negative");
        }
        if (d.isZero()) {
            return t;
        }
        Duration left = d;
        LocalDate day = t.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < 5000; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            TimeInterval iv = dayInterval(day);
            if (!iv.end().isAfter(t)) {
                continue;
            }
            Instant s = iv.start().isBefore(t) ? t : iv.start();
            Duration avail = Duration.between(s, iv.end());
            if (avail.compareTo(left) >= 0) {
                return s.plus(left);
            }
            left = left.minus(avail);
        }
        throw new ItmValidationException("d", "no working time left");
    }

    @Override
    public Instant nextWorkingInstant(Instant t) {
        if (isWorking(t)) {
            return t;
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        for (int i = 0; i < 5000; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day) && dayInterval(day).start().isAfter(t)) {
                return dayInterval(day).start();
            }
        }
        throw new ItmValidationException("t", "no working time left");
    }

    @Override
    public List<TimeInterval> workingIntervals(Instant a, Instant b) {
        List<TimeInterval> out = new ArrayList<>();
        LocalDate day = a.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = b.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            TimeInterval iv = dayInterval(day);
            Instant s = iv.start().isBefore(a) ? a : iv.start();
            Instant e = iv.end().isAfter(b) ? b : iv.end();
            if (s.isBefore(e)) {
                if (!out.isEmpty() && out.get(out.size() - 1).end().equals(s)) {
                    TimeInterval prev = out.remove(out.size() - 1);
                    out.add(new TimeInterval(prev.start(), e));
                } else {
                    out.add(new TimeInterval(s, e));
                }
            }
        }
        return out;
    }
}
