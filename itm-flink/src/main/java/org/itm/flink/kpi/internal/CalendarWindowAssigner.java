package org.itm.flink.kpi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.triggers.EventTimeTrigger;
import org.apache.flink.streaming.api.windowing.triggers.Trigger;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.itm.metrics.kpi.WindowKind;
import org.jspecify.annotations.Nullable;

/**
 * Event-time windows that are the KPI engine's: calendar days, ISO weeks, months, quarters and years from local
 * midnight in the definitions' zone (so a month is as long as it is and a day across a daylight-saving change is
 * 23 or 25 hours), and rolling windows of {@code days} days ending on each day, one per day a record can be in.
 */
public final class CalendarWindowAssigner extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final WindowKind kind;
    private final ZoneId zone;
    private final int days;
    /**
     * The windows of the local day last asked for, which records in event-time order mostly share: the zone
     * arithmetic is then done once per day instead of once per record (it was a third of the window task's time).
     * Each task has its own assigner, used by its one thread.
     */
    private transient long cachedDayStart;
    private transient long cachedDayEnd;
    private transient @Nullable Collection<TimeWindow> cachedWindows;

    public CalendarWindowAssigner(org.itm.metrics.kpi.TimeWindow window) {
        this.kind = window.kind();
        this.zone = window.zone();
        this.days = window.days();
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        Collection<TimeWindow> cached = cachedWindows;
        if (cached != null && timestamp >= cachedDayStart && timestamp < cachedDayEnd) {
            return cached;
        }
        Instant at = Instant.ofEpochMilli(timestamp);
        LocalDate day = at.atZone(zone).toLocalDate();
        Collection<TimeWindow> windows = windowsOf(day);
        // the instants around this one that are on the same local day: between the day's midnights at this
        // instant's offset, and between the offset changes on either side (around a change back at midnight, the
        // same instant range can hold two local days)
        ZoneRules rules = zone.getRules();
        ZoneOffset offset = rules.getOffset(at);
        long from = day.atStartOfDay().toEpochSecond(offset) * 1000;
        long until = day.plusDays(1).atStartOfDay().toEpochSecond(offset) * 1000;
        ZoneOffsetTransition before = rules.previousTransition(at.plusMillis(1));
        ZoneOffsetTransition after = rules.nextTransition(at);
        if (before != null) {
            from = Math.max(from, before.getInstant().toEpochMilli());
        }
        if (after != null) {
            until = Math.min(until, after.getInstant().toEpochMilli());
        }
        cachedDayStart = from;
        cachedDayEnd = until;
        cachedWindows = windows;
        return windows;
    }

    /** The windows holding the records of local date {@code day}; unmodifiable. */
    Collection<TimeWindow> windowsOf(LocalDate day) {
        if (kind == WindowKind.ROLLING_DAYS) {
            List<TimeWindow> windows = new ArrayList<>(days);
            for (int k = 0; k < days; k++) {
                LocalDate lastDay = day.plusDays(k);
                windows.add(window(lastDay.minusDays(days - 1L), lastDay.plusDays(1)));
            }
            return List.copyOf(windows);
        }
        LocalDate start = switch (kind) {
            case DAY -> day;
            case WEEK -> LocalDate.ofEpochDay(day.toEpochDay() - Math.floorMod(day.toEpochDay() + 3, 7));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
            case ROLLING_DAYS, ALL -> throw new IllegalStateException("not a calendar window: " + kind);
        };
        LocalDate end = switch (kind) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            default -> start.plusYears(1);
        };
        return List.of(window(start, end));
    }

    private TimeWindow window(LocalDate start, LocalDate end) {
        return new TimeWindow(start.atStartOfDay(zone).toInstant().toEpochMilli(),
                end.atStartOfDay(zone).toInstant().toEpochMilli());
    }

    /** The window's dates in the zone: its first day and the day after its last. */
    LocalDate[] dates(long startMillis, long endMillis) {
        return new LocalDate[] {Instant.ofEpochMilli(startMillis).atZone(zone).toLocalDate(),
                Instant.ofEpochMilli(endMillis).atZone(zone).toLocalDate()};
    }

    @Override
    public Trigger<Object, TimeWindow> getDefaultTrigger() {
        return EventTimeTrigger.create();
    }

    @Override
    public TypeSerializer<TimeWindow> getWindowSerializer(ExecutionConfig executionConfig) {
        return new TimeWindow.Serializer();
    }

    @Override
    public boolean isEventTime() {
        return true;
    }

    @Override
    public String toString() {
        return "CalendarWindows(" + kind + (kind == WindowKind.ROLLING_DAYS ? " " + days : "") + ", " + zone + ")";
    }
}
