package org.itm.metrics.kpi.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.metrics.kpi.WindowKind;
import org.itm.metrics.kpi.WindowRange;

/** Places instants in windows: the bucket of a calendar window is the epoch day of its first date. */
final class Bucketer {

    private final TimeWindow window;
    private final ZoneRules rules;
    private final boolean fixed;
    private final int fixedOffset;
    // records usually arrive roughly in time order: remember the last day's bucket
    private long lastDay = Long.MIN_VALUE;
    private long lastBucket;

    Bucketer(TimeWindow window) {
        this.window = window;
        this.rules = window.zone().getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    }

    /** The bucket of {@code t}; for rolling windows, the day of {@code t}. */
    long bucket(Instant t) {
        if (window.kind() == WindowKind.ALL) {
            return 0;
        }
        int offset = fixed ? fixedOffset : rules.getOffset(t).getTotalSeconds();
        long day = Math.floorDiv(t.getEpochSecond() + offset, 86_400L);
        if (day == lastDay) {
            return lastBucket;
        }
        long b = switch (window.kind()) {
            case DAY, ROLLING_DAYS -> day;
            case WEEK -> day - Math.floorMod(day + 3, 7);
            case MONTH -> LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
            case QUARTER -> {
                LocalDate d = LocalDate.ofEpochDay(day);
                yield LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1).toEpochDay();
            }
            case YEAR -> LocalDate.ofEpochDay(day).withDayOfYear(1).toEpochDay();
            case ALL -> 0;
        };
        lastDay = day;
        lastBucket = b;
        return b;
    }

    /** The dates of the calendar window whose bucket is {@code bucket} (not for rolling windows). */
    WindowRange range(long bucket) {
        if (window.kind() == WindowKind.ALL) {
            return new WindowRange(LocalDate.MIN, LocalDate.MAX, window.zone());
        }
        LocalDate start = LocalDate.ofEpochDay(bucket);
        LocalDate end = switch (window.kind()) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
            case ROLLING_DAYS -> start.plusDays(window.days());
            case ALL -> LocalDate.MAX;
        };
        return new WindowRange(start, end, window.zone());
    }

    /** Elapsed length of a window, daylight-saving aware. */
    Duration length(WindowRange range) {
        return Duration.between(range.start().atStartOfDay(range.zone()), range.end().atStartOfDay(range.zone()));
    }
}
