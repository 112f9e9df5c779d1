package org.itm.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.examples.report.internal.ScatterChartSvg;

/**
 * A scatter of candidate points with an optional frontier line (drawn as steps or straight segments) and
 * one highlighted, labelled choice: an efficient frontier of budget against value with the selected
 * portfolio. Example: {@code ScatterChart.builder("Efficient frontier").xAxis("Budget").yAxis("Value")
 * .candidate("P1", 1.2e6, 340).frontier(points).chosen("Selected", 2.0e6, 610).build()}.
 *
 * @param stepFrontier whether the frontier is drawn as a step function (value holds until the next point)
 */
public record ScatterChart(String title, String xAxis, String yAxis, ValueFormat xFormat, ValueFormat yFormat,
        List<LabelledPoint> candidates, List<Point> frontier, boolean stepFrontier, Optional<LabelledPoint> chosen)
        implements Chart {

    /** Validates every part and copies the lists. */
    public ScatterChart {
        Checks.notBlank(title, "title");
        Checks.notNull(xAxis, "xAxis");
        Checks.notNull(yAxis, "yAxis");
        Checks.notNull(xFormat, "xFormat");
        Checks.notNull(yFormat, "yFormat");
        candidates = List.copyOf(Checks.notNull(candidates, "candidates"));
        frontier = List.copyOf(Checks.notNull(frontier, "frontier"));
        Checks.notNull(chosen, "chosen");
    }

    /** Starts a scatter chart with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @Override
    public String toSvg(String id) {
        return ScatterChartSvg.render(this, Checks.id(id, "id"));
    }

    /** Collects the settings of a {@link ScatterChart}. */
    public static final class Builder extends XyChartBuilder<Builder> {
        private final List<LabelledPoint> candidates = new ArrayList<>();
        private final List<Point> frontier = new ArrayList<>();
        private boolean stepFrontier = true;
        private Optional<LabelledPoint> chosen = Optional.empty();

        private Builder(String title) {
            super(title);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Adds a candidate point. */
        public Builder candidate(String label, double x, double y) {
            candidates.add(new LabelledPoint(label, x, y));
            return this;
        }

        /** Sets the frontier points (sorted by x when drawn). */
        public Builder frontier(List<Point> points) {
            frontier.clear();
            frontier.addAll(Checks.notNull(points, "frontier"));
            return this;
        }

        /** Whether the frontier is drawn as steps (default true) or straight segments. */
        public Builder stepFrontier(boolean stepFrontier) {
            this.stepFrontier = stepFrontier;
            return this;
        }

        /** Highlights and labels the chosen point. */
        public Builder chosen(String label, double x, double y) {
            this.chosen = Optional.of(new LabelledPoint(label, x, y));
            return this;
        }

        /** Validates and builds the chart. */
        public ScatterChart build() {
            return new ScatterChart(title, xAxis, yAxis, xFormat, yFormat, candidates, frontier, stepFrontier,
                    chosen);
        }
    }
}
