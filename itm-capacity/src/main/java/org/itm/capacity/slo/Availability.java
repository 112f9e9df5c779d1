package org.itm.capacity.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * Availability from outage intervals. Overlapping or touching outages are merged so that no minute counts
 * twice; outages are clipped to the window. When planned maintenance is excluded, its time is removed from both
 * the service time and the downtime (an unplanned outage during maintenance does not count either).
 *
 * @since 0.1
 */
public final class Availability {

    private Availability() {
    }

    /**
     * Availability of {@code window} given {@code outages}.
     *
     * @param window         the measured window; not empty
     * @param outages        outages in any order, planned and unplanned, possibly overlapping or reaching outside
     *                       the window
     * @param excludePlanned {@code true} to leave planned maintenance out of both service time and downtime (as
     *                       most SLAs do); {@code false} to count it as downtime
     * @return service time, downtime, excluded maintenance and availability; availability is 1 when no service
     *         time is left
     * @throws org.itm.core.ItmValidationException if an argument is null or {@code window} is empty
     */
    public static AvailabilityReport measure(TimeInterval window, List<Outage> outages, boolean excludePlanned) {
        Checks.notNull(window, "window");
        Checks.notNull(outages, "outages");
        Checks.require(!window.isEmpty(), "window", "must not be empty");
        List<TimeInterval> maintenance = merge(clip(outages.stream().filter(Outage::planned)
                .map(Outage::interval).toList(), window));
        List<TimeInterval> down = merge(clip(outages.stream().filter(o -> !excludePlanned || !o.planned())
                .map(Outage::interval).toList(), window));
        if (excludePlanned) {
            down = subtract(down, maintenance);
        }
        Duration excluded = excludePlanned ? total(maintenance) : Duration.ZERO;
        Duration serviceTime = window.duration().minus(excluded);
        Duration downtime = total(down);
        double availability = serviceTime.isZero() ? 1.0
                : 1.0 - (double) downtime.toNanos() / serviceTime.toNanos();
        return new AvailabilityReport(window, serviceTime, downtime, excluded, availability, down);
    }

    /**
     * Merges overlapping and touching intervals into a sorted, disjoint list; empty intervals are dropped.
     *
     * @param intervals intervals in any order
     * @return an unmodifiable list sorted by start, no two intervals overlapping or touching
     * @throws org.itm.core.ItmValidationException if {@code intervals} is null
     */
    public static List<TimeInterval> merge(List<TimeInterval> intervals) {
        Checks.notNull(intervals, "intervals");
        List<TimeInterval> sorted = new ArrayList<>(intervals);
        sorted.removeIf(TimeInterval::isEmpty);
        sorted.sort(Comparator.comparing(TimeInterval::start));
        List<TimeInterval> out = new ArrayList<>();
        for (TimeInterval i : sorted) {
            if (!out.isEmpty() && !i.start().isAfter(out.get(out.size() - 1).end())) {
                TimeInterval last = out.remove(out.size() - 1);
                out.add(TimeInterval.of(last.start(), max(last.end(), i.end())));
            } else {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    static List<TimeInterval> clip(List<TimeInterval> intervals, TimeInterval window) {
        List<TimeInterval> out = new ArrayList<>();
        for (TimeInterval i : intervals) {
            Instant s = max(i.start(), window.start());
            Instant e = min(i.end(), window.end());
            if (s.isBefore(e)) {
                out.add(TimeInterval.of(s, e));
            }
        }
        return out;
    }

    /** {@code a} minus {@code b}; both sorted and disjoint. */
    static List<TimeInterval> subtract(List<TimeInterval> a, List<TimeInterval> b) {
        List<TimeInterval> out = new ArrayList<>();
        for (TimeInterval i : a) {
            Instant cursor = i.start();
            for (TimeInterval m : b) {
                if (!m.end().isAfter(cursor) || !m.start().isBefore(i.end())) {
                    continue;
                }
                if (m.start().isAfter(cursor)) {
                    out.add(TimeInterval.of(cursor, m.start()));
                }
                cursor = max(cursor, m.end());
            }
            if (cursor.isBefore(i.end())) {
                out.add(TimeInterval.of(cursor, i.end()));
            }
        }
        return out;
    }

    static Duration total(List<TimeInterval> intervals) {
        return intervals.stream().map(TimeInterval::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
