package org.itm.operations.change.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.itm.core.time.TimeInterval;

/**
 * Calendar buckets that let an equality index answer "windows overlapping an interval": a window is filed under the
 * smallest UTC day, ISO week, month or year holding all of it (or {@value #ANY} if it spans years), so a window
 * overlapping an interval lies in a bucket that the interval touches; searching every bucket the interval touches
 * finds it, and only windows near the interval are read.
 */
public final class WindowBuckets {

    /** Bucket of windows spanning more than one calendar year. */
    public static final String ANY = "any";

    private WindowBuckets() {
    }

    /** The bucket of a non-empty {@code window}. */
    public static String of(TimeInterval window) {
        LocalDate first = day(window.start());
        LocalDate last = day(window.end().minusNanos(1));
        if (first.equals(last)) {
            return "d" + first;
        }
        if (week(first).equals(week(last))) {
            return week(first);
        }
        if (YearMonth.from(first).equals(YearMonth.from(last))) {
            return "m" + YearMonth.from(first);
        }
        if (first.getYear() == last.getYear()) {
            return "y" + first.getYear();
        }
        return ANY;
    }

    /** Every bucket a window overlapping the non-empty {@code interval} can be filed under, finest first. */
    public static List<String> touchedBy(TimeInterval interval) {
        LocalDate first = day(interval.start());
        LocalDate last = day(interval.end().minusNanos(1));
        Set<String> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        Set<String> years = new LinkedHashSet<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add("d" + d);
            weeks.add(week(d));
            months.add("m" + YearMonth.from(d));
            years.add("y" + d.getYear());
        }
        List<String> all = new ArrayList<>(days);
        all.addAll(weeks);
        all.addAll(months);
        all.addAll(years);
        all.add(ANY);
        return all;
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "w%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
