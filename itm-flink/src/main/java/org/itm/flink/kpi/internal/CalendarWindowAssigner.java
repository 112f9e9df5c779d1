package org.itm.flink.kpi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    public CalendarWindowAssigner(org.itm.metrics.kpi.TimeWindow window) {
        this.kind = window.kind();
        this.zone = window.zone();
        this.days = window.days();
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        LocalDate day = Instant.ofEpochMilli(timestamp).atZone(zone).toLocalDate();
        if (kind == WindowKind.ROLLING_DAYS) {
            List<TimeWindow> windows = new ArrayList<>(days);
            for (int k = 0; k < days; k++) {
                LocalDate lastDay = day.plusDays(k);
                windows.add(window(lastDay.minusDays(days - 1L), lastDay.plusDays(1)));
            }
            return windows;
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
