package org.itm.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.examples.report.internal.LineChartSvg;

/**
 * Lines over a numeric x axis: several series, shaded bands (prediction intervals), horizontal thresholds
 * (capacity limits) and vertical markers ("today"). Optionally drawn as steps and with a log-scale x axis,
 * which suits a loss exceedance curve. Example: {@code LineChart.builder("Disk forecast").xFormat(ValueFormat.DATE)
 * .series(actual).series(forecast).band(interval).threshold("Capacity", 2000).build()}.
 *
 * @param step whether each series is drawn as a step function (value held until the next point)
 * @param logX whether the x axis is logarithmic; points with x ≤ 0 are then left out
 * @param showPoints whether every data point gets a marker
 */
public record LineChart(String title, String xAxis, String yAxis, ValueFormat xFormat, ValueFormat yFormat,
        List<Series> series, List<Band> bands, List<Threshold> thresholds, List<Threshold> markers, boolean step,
        boolean logX, boolean showPoints) implements Chart {

    /** Validates every part and copies the lists. */
    public LineChart {
        Checks.notBlank(title, "title");
        Checks.notNull(xAxis, "xAxis");
        Checks.notNull(yAxis, "yAxis");
        Checks.notNull(xFormat, "xFormat");
        Checks.notNull(yFormat, "yFormat");
        series = List.copyOf(Checks.notNull(series, "series"));
        bands = List.copyOf(Checks.notNull(bands, "bands"));
        thresholds = List.copyOf(Checks.notNull(thresholds, "thresholds"));
        markers = List.copyOf(Checks.notNull(markers, "markers"));
    }

    /** Starts a line chart with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @Override
    public String toSvg(String id) {
        return LineChartSvg.render(this, Checks.id(id, "id"));
    }

    /** Collects the settings of a {@link LineChart}. */
    public static final class Builder extends XyChartBuilder<Builder> {
        private final List<Series> series = new ArrayList<>();
        private final List<Band> bands = new ArrayList<>();
        private final List<Threshold> thresholds = new ArrayList<>();
        private final List<Threshold> markers = new ArrayList<>();
        private boolean step;
        private boolean logX;
        private boolean showPoints = true;

        private Builder(String title) {
            super(title);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Adds a series, drawn in the next palette colour. */
        public Builder series(Series series) {
            this.series.add(series);
            return this;
        }

        /** Adds a series from its name and points. */
        public Builder series(String name, List<Point> points) {
            return series(new Series(name, points));
        }

        /** Adds a shaded band, drawn beneath the series. */
        public Builder band(Band band) {
            this.bands.add(band);
            return this;
        }

        /** Adds a horizontal reference line at y = {@code value}. */
        public Builder threshold(String label, double value) {
            this.thresholds.add(new Threshold(label, value));
            return this;
        }

        /** Adds a vertical reference line at x = {@code x}. */
        public Builder marker(String label, double x) {
            this.markers.add(new Threshold(label, x));
            return this;
        }

        /** Draws series as step functions (default false). */
        public Builder step(boolean step) {
            this.step = step;
            return this;
        }

        /** Uses a base-10 logarithmic x axis (default false). */
        public Builder logX(boolean logX) {
            this.logX = logX;
            return this;
        }

        /** Marks every data point (default true); turn off for long series. */
        public Builder showPoints(boolean showPoints) {
            this.showPoints = showPoints;
            return this;
        }

        /** Validates and builds the chart. */
        public LineChart build() {
            return new LineChart(title, xAxis, yAxis, xFormat, yFormat, series, bands, thresholds, markers, step,
                    logX, showPoints);
        }
    }
}
