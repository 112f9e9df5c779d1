package org.itm.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.examples.report.internal.GanttChartSvg;

/**
 * A roadmap: one row per initiative, bars over labelled periods (quarters), critical-path bars highlighted.
 * Example: {@code GanttChart.builder("Roadmap").periods("2027-Q1", "2027-Q2", "2027-Q3")
 * .task("ERP upgrade", 0, 2, true).task("Wi-Fi refresh", 1, 3, false).build()}.
 */
public record GanttChart(String title, List<String> periods, List<GanttTask> tasks) implements Chart {

    /** Validates that there is at least one period and that every task ends within the periods. */
    public GanttChart {
        Checks.notBlank(title, "title");
        periods = List.copyOf(Checks.notEmpty(periods, "periods"));
        tasks = List.copyOf(Checks.notNull(tasks, "tasks"));
        Violations v = new Violations();
        for (int i = 0; i < tasks.size(); i++) {
            v.require(tasks.get(i).end() <= periods.size(), "tasks[" + i + "].end",
                    "must not exceed the number of periods " + periods.size() + ", was " + tasks.get(i).end());
        }
        v.throwIfAny();
    }

    /** Starts a Gantt chart with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @Override
    public String toSvg(String id) {
        return GanttChartSvg.render(this, Checks.id(id, "id"));
    }

    /** Collects the settings of a {@link GanttChart}. */
    public static final class Builder {
        private final String title;
        private List<String> periods = List.of();
        private final List<GanttTask> tasks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** The period labels, e.g. quarters, in time order. */
        public Builder periods(String... periods) {
            this.periods = List.of(periods);
            return this;
        }

        /** The period labels, e.g. quarters, in time order. */
        public Builder periods(List<String> periods) {
            this.periods = List.copyOf(periods);
            return this;
        }

        /** Adds a row running from period index {@code start} (inclusive) to {@code end} (exclusive). */
        public Builder task(String label, double start, double end, boolean critical) {
            tasks.add(new GanttTask(label, start, end, critical));
            return this;
        }

        /** Validates and builds the chart. */
        public GanttChart build() {
            return new GanttChart(title, periods, tasks);
        }
    }
}
