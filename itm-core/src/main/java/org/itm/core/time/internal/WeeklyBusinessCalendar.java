package org.itm.core.time.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.HolidayProvider;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A weekly schedule with holidays, partial closures and extra working days in one zone.
 *
 * <p>How it stays fast: the working time of each local year is resolved to instants once (lazily, then cached)
 * into a {@link YearTable} holding, per day, where the day starts, the working time before it and its working
 * intervals. A query then locates its instants in the tables (an index computation plus at most a step or two
 * for the zone offset) and subtracts prefix sums, so {@code workingTimeBetween} and {@code addWorkingTime} cost
 * the same for a 90-day span as for a 1-hour one; only spans over several years add one step per year.
 * Daylight saving, holidays and extra days are folded into the tables, so they cost nothing at query time.
 *
 * <p>Supported instants are those whose UTC date lies between 0001-01-02 and 9999-12-30 (for {@link #isWorkingDay},
 * dates in the same range); an instant in the first or last supported day may still have a local date outside it.
 */
public final class WeeklyBusinessCalendar implements BusinessCalendar {

    private static final int CACHE_FIRST_YEAR = 1600;
    private static final int CACHE_YEARS = 1000;
    private static final long MIN_EPOCH_DAY = LocalDate.of(1, 1, 2).toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.of(9999, 12, 30).toEpochDay();
    /** After this many consecutive years without working time, addWorkingTime gives up instead of searching on. */
    private static final int MAX_IDLE_YEARS = 30;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** Working ranges per day of week (index 0 = Monday), including the after-midnight parts of the day before. */
    private final int[][] weekly;
    private final long weeklySeconds;
    private final Map<LocalDate, int[]> extraDays;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, int[]> closures;
    private final List<HolidayProvider> providers;
    private final int lastExtraYear;
    private final String description;

    private final AtomicReferenceArray<YearTable> cache = new AtomicReferenceArray<>(CACHE_YEARS);
    /**
     * The table the last lookup needed: most queries fall in the same year, and checking it is cheaper than
     * deriving the year from the epoch day. Tables are immutable, so a racy read sees a whole, valid one.
     */
    private @Nullable YearTable recent;

    /**
     * Arguments must already be validated (the public builder does that); arrays are normalized day ranges.
     *
     * @param weekly    normalized ranges per day of week, Monday first, after-midnight parts already moved
     * @param extraDays dates worked with their own hours, replacing the weekly hours and any holiday
     * @param holidays  dates with no working time at all
     * @param closures  local ranges closed on a date (partial holidays), applied last
     * @param providers sources of further full-day holidays
     */
    public WeeklyBusinessCalendar(ZoneId zone, int[][] weekly, Map<LocalDate, int[]> extraDays,
                                  Set<LocalDate> holidays, Map<LocalDate, int[]> closures,
                                  List<HolidayProvider> providers, String description) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.weekly = weekly.clone();
        long sum = 0;
        for (int[] day : this.weekly) {
            sum += DayRanges.total(day);
        }
        this.weeklySeconds = sum;
        this.extraDays = Map.copyOf(extraDays);
        this.holidays = Set.copyOf(holidays);
        this.closures = Map.copyOf(closures);
        this.providers = List.copyOf(providers);
        this.lastExtraYear = extraDays.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MIN_VALUE);
        this.description = description;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean isWorking(Instant t) {
        Checks.notNull(t, "t");
        Cursor c = locate(t.getEpochSecond(), "t");
        return c.table.isWorking(c.day, t.getEpochSecond());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Checks.notNull(date, "date");
        long epochDay = date.toEpochDay();
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw new ItmValidationException("date", "must lie between 0001-01-02 and 9999-12-30, was " + date);
        }
        YearTable table = table(date.getYear());
        int day = (int) (epochDay - table.firstEpochDay);
        return table.cum[day + 1] > table.cum[day];
    }

    @Override
    public Duration workingTimeBetween(Instant a, Instant b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        if (b.isBefore(a)) {
            return forward(b, "b", a, "a").negated();
        }
        return forward(a, "a", b, "b");
    }

    @Override
    public long workingNanosBetween(Instant a, Instant b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        try {
            return b.isBefore(a) ? -forwardNanos(b, "b", a, "a") : forwardNanos(a, "a", b, "b");
        } catch (ArithmeticException e) {
            throw WorkingNanos.tooLong(a, b);
        }
    }

    private Duration forward(Instant from, String fromField, Instant to, String toField) {
        Cursor cf = locate(from.getEpochSecond(), fromField);
        Cursor ct = locate(to.getEpochSecond(), toField);
        return Duration.ofSeconds(workedSeconds(cf, from, ct, to), (long) workingNano(ct, to) - workingNano(cf, from));
    }

    private long forwardNanos(Instant from, String fromField, Instant to, String toField) {
        // the common case without allocating: both instants in the year of the last look-up
        YearTable t = recent;
        if (t != null) {
            int df = dayIn(t, from.getEpochSecond());
            int dt = df < 0 ? -1 : dayIn(t, to.getEpochSecond());
            if (dt >= 0) {
                long seconds = t.cum[dt] + t.workedBefore(dt, to.getEpochSecond())
                        - (t.cum[df] + t.workedBefore(df, from.getEpochSecond()));
                return Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND),
                        (long) workingNano(t, dt, to) - workingNano(t, df, from));
            }
        }
        Cursor cf = locate(from.getEpochSecond(), fromField);
        Cursor ct = locate(to.getEpochSecond(), toField);
        return Math.addExact(Math.multiplyExact(workedSeconds(cf, from, ct, to), NANOS_PER_SECOND),
                (long) workingNano(ct, to) - workingNano(cf, from));
    }

    /** Whole working seconds from the second of {@code from} (at {@code cf}) to that of {@code to} (at {@code ct}). */
    private long workedSeconds(Cursor cf, Instant from, Cursor ct, Instant to) {
        long fs = from.getEpochSecond();
        long ts = to.getEpochSecond();
        long pf = cf.table.cum[cf.day] + cf.table.workedBefore(cf.day, fs);
        long pt = ct.table.cum[ct.day] + ct.table.workedBefore(ct.day, ts);
        if (cf.table.year == ct.table.year) {
            return pt - pf;
        }
        long seconds = cf.table.total() - pf;
        for (int y = cf.table.year + 1; y < ct.table.year; y++) {
            seconds += table(y).total();
        }
        return seconds + pt;
    }

    /** The nanoseconds of {@code t} that are working time: all of them when its second is working, else none. */
    private static int workingNano(Cursor c, Instant t) {
        return workingNano(c.table, c.day, t);
    }

    private static int workingNano(YearTable table, int day, Instant t) {
        // most instants are whole seconds, and then there is nothing to look up
        return t.getNano() != 0 && table.isWorking(day, t.getEpochSecond()) ? t.getNano() : 0;
    }

    @Override
    public Instant addWorkingTime(Instant t, Duration d) {
        Checks.notNull(t, "t");
        Checks.notNegative(d, "d");
        return add(t, d.getSeconds(), d.getNano(), "d");
    }

    @Override
    public Instant addWorkingNanos(Instant t, long nanos) {
        Checks.notNull(t, "t");
        Checks.notNegative(nanos, "nanos");
        return add(t, nanos / NANOS_PER_SECOND, (int) (nanos % NANOS_PER_SECOND), "nanos");
    }

    /** {@code t} plus {@code dSeconds} and {@code dNano} (0..999,999,999) of working time; {@code field} names the amount. */
    private Instant add(Instant t, long dSeconds, int dNano, String field) {
        if ((dSeconds | dNano) == 0) {
            return t;
        }
        long es = t.getEpochSecond();
        Cursor c = locate(es, "t");
        YearTable table = c.table;
        long sec = table.cum[c.day] + table.workedBefore(c.day, es);
        int nano = workingNano(c, t) + dNano;
        if (nano >= 1_000_000_000) {
            nano -= 1_000_000_000;
            sec++;
        }
        if (dSeconds > Long.MAX_VALUE - sec) {
            throw new ItmValidationException(field, "is too large: the result would lie after 9999-12-30, was "
                    + Duration.ofSeconds(dSeconds, dNano));
        }
        sec += dSeconds;
        int idleYears = 0;
        while (sec > table.total() || (sec == table.total() && nano > 0)) {
            sec -= table.total();
            idleYears = table.total() == 0 ? idleYears + 1 : 0;
            int next = table.year + 1;
            if (next > 9999) {
                throw new ItmValidationException(field, "is too large: the result would lie after 9999-12-30, was "
                        + Duration.ofSeconds(dSeconds, dNano));
            }
            if ((weeklySeconds == 0 && next > lastExtraYear) || idleYears >= MAX_IDLE_YEARS) {
                throw new ItmValidationException(field, "cannot be added: the calendar has no working time after "
                        + Instant.ofEpochSecond(table.dayStart[table.days]) + " (" + description + ")");
            }
            table = table(next);
        }
        // when the sum stays in t's year it ends on t's day or later, so the search may start there
        int day = table == c.table ? table.dayReaching(sec, nano, c.day) : table.dayReaching(sec, nano);
        long rest = sec - table.cum[day];
        long[] r = table.intervals[day];
        for (int k = 0; k < r.length; k += 2) {
            long len = r[k + 1] - r[k];
            if (rest < len || (rest == len && nano == 0)) {
                return Instant.ofEpochSecond(r[k] + rest, nano);
            }
            rest -= len;
        }
        throw new IllegalStateException("cumulative working time of " + table.year + " is inconsistent at day " + day);
    }

    @Override
    public Instant nextWorkingInstant(Instant t) {
        Checks.notNull(t, "t");
        if (isWorking(t)) {
            return t;
        }
        // the earliest instant one nanosecond of work after t lies one nanosecond into the next working interval
        try {
            return add(t, 0, 1, "t").minusNanos(1);
        } catch (ItmValidationException e) {
            throw new ItmValidationException("t", "the calendar has no working time at or after " + t + " (" + description + ")");
        }
    }

    @Override
    public List<TimeInterval> workingIntervals(Instant a, Instant b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        if (b.isBefore(a)) {
            throw new ItmValidationException("b", "must not be before a (" + a + "), was " + b);
        }
        List<TimeInterval> out = new ArrayList<>();
        if (a.equals(b)) {
            return out;
        }
        Cursor c = locate(a.getEpochSecond(), "a");
        locate(b.getEpochSecond(), "b");
        YearTable table = c.table;
        int day = c.day;
        Instant openStart = null;
        Instant openEnd = null;
        while (table.dayStart[day] < b.getEpochSecond() || (table.dayStart[day] == b.getEpochSecond() && b.getNano() > 0)) {
            long[] r = table.intervals[day];
            for (int k = 0; k < r.length; k += 2) {
                Instant s = Instant.ofEpochSecond(r[k]);
                Instant e = Instant.ofEpochSecond(r[k + 1]);
                if (!e.isAfter(a)) {
                    continue;
                }
                if (!s.isBefore(b)) {
                    break;
                }
                Instant cs = s.isBefore(a) ? a : s;
                Instant ce = e.isAfter(b) ? b : e;
                if (openEnd != null && openEnd.equals(cs)) {
                    openEnd = ce;
                } else {
                    if (openStart != null && openEnd != null) {
                        out.add(new TimeInterval(openStart, openEnd));
                    }
                    openStart = cs;
                    openEnd = ce;
                }
            }
            day++;
            if (day == table.days) {
                if (table.year == 9999) {
                    break;
                }
                table = table(table.year + 1);
                day = 0;
            }
        }
        if (openStart != null && openEnd != null) {
            out.add(new TimeInterval(openStart, openEnd));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return description;
    }

    /** Where an instant lies: a year table and the index of the local day in it. */
    private static final class Cursor {
        final YearTable table;
        final int day;

        Cursor(YearTable table, int day) {
            this.table = table;
            this.day = day;
        }
    }

    /**
     * The day of {@code table} holding epoch second {@code es}, as {@link #locate} finds it, or -1 when it lies in
     * another table or outside the supported range (then {@link #locate} decides).
     */
    private static int dayIn(YearTable table, long es) {
        long guess = Math.floorDiv(es, DayRanges.DAY);
        if (guess < MIN_EPOCH_DAY || guess > MAX_EPOCH_DAY) {
            return -1;
        }
        long day = guess - table.firstEpochDay;
        if (day < 0 || day >= table.days) {
            return -1;
        }
        int d = (int) day;
        long[] starts = table.dayStart;
        // the UTC date is at most one day off the local one
        if (es < starts[d]) {
            d--;
            return d >= 0 && es >= starts[d] ? d : -1;
        }
        if (es >= starts[d + 1]) {
            d++;
            return d < table.days && es < starts[d + 1] ? d : -1;
        }
        return d;
    }

    private Cursor locate(long es, String field) {
        // the UTC date is at most one day off the local one; the day-start table settles which day it is
        long guess = Math.floorDiv(es, DayRanges.DAY);
        if (guess < MIN_EPOCH_DAY || guess > MAX_EPOCH_DAY) {
            throw new ItmValidationException(field, "must lie between years 0001 and 9999, was "
                    + Instant.ofEpochSecond(es));
        }
        YearTable table = recent;
        if (table == null || guess < table.firstEpochDay || guess >= table.firstEpochDay + table.days) {
            table = table(LocalDate.ofEpochDay(guess).getYear());
            recent = table;
        }
        int day = (int) (guess - table.firstEpochDay);
        while (true) {
            if (day < 0) {
                table = table(table.year - 1);
                day += table.days;
            } else if (day >= table.days) {
                day -= table.days;
                table = table(table.year + 1);
            } else if (es < table.dayStart[day]) {
                day--;
            } else if (es >= table.dayStart[day + 1]) {
                day++;
            } else {
                return new Cursor(table, day);
            }
        }
    }

    private YearTable table(int year) {
        int index = year - CACHE_FIRST_YEAR;
        if (index < 0 || index >= CACHE_YEARS) {
            return buildYear(year);
        }
        YearTable table = cache.get(index);
        if (table == null) {
            // two threads may build the same year at once; both results are equal, so either may win
            table = buildYear(year);
            cache.set(index, table);
        }
        return table;
    }

    private YearTable buildYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        long firstEpochDay = first.toEpochDay();
        Set<LocalDate> providerHolidays = providerHolidays(year);
        long[] dayStart = new long[days + 1];
        long[] cum = new long[days + 1];
        long[][] intervals = new long[days][];
        for (int i = 0; i <= days; i++) {
            dayStart[i] = resolve(first.plusDays(i), 0);
        }
        long[] transitions = transitions(dayStart[0], dayStart[days]);
        int nextTransition = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            while (nextTransition < transitions.length && transitions[nextTransition] < dayStart[i]) {
                nextTransition++;
            }
            // without a clock change from its first to its last instant, a day maps local seconds linearly
            boolean linear = nextTransition == transitions.length || transitions[nextTransition] > dayStart[i + 1];
            int[] ranges = rangesOf(date, providerHolidays);
            intervals[i] = linear ? shift(ranges, dayStart[i]) : toInstants(date, ranges, dayStart[i], dayStart[i + 1]);
            long worked = 0;
            for (int k = 0; k < intervals[i].length; k += 2) {
                worked += intervals[i][k + 1] - intervals[i][k];
            }
            cum[i + 1] = cum[i] + worked;
        }
        return new YearTable(year, firstEpochDay, dayStart, cum, intervals);
    }

    private Set<LocalDate> providerHolidays(int year) {
        if (providers.isEmpty()) {
            return Set.of();
        }
        Set<LocalDate> all = new HashSet<>();
        for (HolidayProvider provider : providers) {
            all.addAll(provider.holidaysIn(Year.of(year)));
        }
        return all;
    }

    /** The local working ranges of a date after applying holidays, extra working days and closures. */
    private int[] rangesOf(LocalDate date, Set<LocalDate> providerHolidays) {
        int[] ranges;
        int[] extra = extraDays.get(date);
        if (extra != null) {
            ranges = extra;
        } else if (holidays.contains(date) || providerHolidays.contains(date)) {
            ranges = DayRanges.NONE;
        } else {
            ranges = weekly[date.getDayOfWeek().getValue() - 1];
        }
        int[] closed = closures.get(date);
        return closed == null ? ranges : DayRanges.subtract(ranges, closed);
    }

    /** Epoch seconds of the zone's clock changes in {@code [from, to]}. */
    private long[] transitions(long from, long to) {
        List<Long> found = new ArrayList<>();
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from - 1));
        while (t != null && t.toEpochSecond() <= to) {
            found.add(t.toEpochSecond());
            t = rules.nextTransition(t.getInstant());
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] shift(int[] ranges, long dayStart) {
        long[] out = new long[ranges.length];
        for (int k = 0; k < ranges.length; k++) {
            out[k] = dayStart + ranges[k];
        }
        return out;
    }

    /**
     * The instants of {@code [from, to)} (the date's instants) whose wall-clock time lies in one of
     * {@code ranges}: the day is cut where the offset changes and each piece maps local seconds linearly, so a
     * repeated hour contributes both of its occurrences and skipped time none.
     */
    private long[] toInstants(LocalDate date, int[] ranges, long from, long to) {
        long localMidnight = date.toEpochDay() * DayRanges.DAY;
        long[] out = new long[Math.max(4, ranges.length * 2)];
        int len = 0;
        for (long a = from; a < to; ) {
            Instant at = Instant.ofEpochSecond(a);
            ZoneOffsetTransition next = rules.nextTransition(at);
            long b = next == null ? to : Math.min(to, next.toEpochSecond());
            long localA = a + rules.getOffset(at).getTotalSeconds() - localMidnight;
            long localB = localA + (b - a);
            for (int k = 0; k < ranges.length; k += 2) {
                long s = Math.max(ranges[k], localA);
                long e = Math.min(ranges[k + 1], localB);
                if (s >= e) {
                    continue;
                }
                long start = a + (s - localA);
                long end = a + (e - localA);
                if (len > 0 && out[len - 1] == start) {
                    out[len - 1] = end;
                } else {
                    if (len + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[len++] = start;
                    out[len++] = end;
                }
            }
            a = b;
        }
        return len == out.length ? out : Arrays.copyOf(out, len);
    }

    /**
     * The instant of a local wall-clock time: in an overlap the earlier offset (as {@code ZonedDateTime} does);
     * in a gap the instant the clocks jump. Used for the start of each date, so that a date's instants run from
     * the first time its wall clock shows midnight (or later, after a gap) to the next date's.
     */
    private long resolve(LocalDate date, int secondOfDay) {
        LocalDateTime local = date.atStartOfDay().plusSeconds(secondOfDay);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.toEpochSecond();
        }
        return local.toEpochSecond(offsets.get(0));
    }

    /** Day-of-week index used by {@link #weekly}: Monday is 0. */
    public static int index(DayOfWeek day) {
        return day.getValue() - 1;
    }
}
