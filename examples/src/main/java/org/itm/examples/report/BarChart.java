package org.itm.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.examples.report.internal.BarChartSvg;

/**
 * Vertical bars by category with an optional target line; with a target, bars that meet it are green and
 * the others red. Example: {@code BarChart.builder("SLA attainment by service").valueAxis("% of tickets in SLA")
 * .format(ValueFormat.NUMBER).bar("Email", 99.2).target("Target 95 %", 95).zeroBased(false).build()}.
 *
 * @param higherIsBetter whether a bar meets the target when at or above it (else at or below it)
 * @param zeroBased whether the value axis must include zero; turn it off to see small differences
 *        between large values such as availability percentages
 */
public record BarChart(String title, String valueAxis, ValueFormat format, List<Bar> bars,
        Optional<Threshold> target, boolean higherIsBetter, boolean zeroBased) implements Chart {

    /** Validates every part and copies the bars. */
    public BarChart {
        Checks.notBlank(title, "title");
        Checks.notNull(valueAxis, "valueAxis");
        Checks.notNull(format, "format");
        Checks.notNull(bars, "bars");
        Checks.notNull(target, "target");
        bars = List.copyOf(bars);
    }

    /** Starts a bar chart with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @Override
    public String toSvg(String id) {
        return BarChartSvg.render(this, Checks.id(id, "id"));
    }

    /** Collects the settings of a {@link BarChart}. */
    public static final class Builder {
        private final String title;
        private String valueAxis = "";
        private ValueFormat format = ValueFormat.NUMBER;
        private final List<Bar> bars = new ArrayList<>();
        private Optional<Threshold> target = Optional.empty();
        private boolean higherIsBetter = true;
        private boolean zeroBased = true;

        private Builder(String title) {
            this.title = title;
        }

        /** The title of the value axis, e.g. "% of tickets resolved in SLA". */
        public Builder valueAxis(String valueAxis) {
            this.valueAxis = valueAxis;
            return this;
        }

        /** How values are shown (default {@link ValueFormat#NUMBER}). */
        public Builder format(ValueFormat format) {
            this.format = format;
            return this;
        }

        /** Adds a bar. */
        public Builder bar(String label, double value) {
            bars.add(new Bar(label, value));
            return this;
        }

        /** Draws a dashed target line and colours bars by whether they meet it. */
        public Builder target(String label, double value) {
            this.target = Optional.of(new Threshold(label, value));
            return this;
        }

        /** Whether a bar meets the target when at or above it (default true). */
        public Builder higherIsBetter(boolean higherIsBetter) {
            this.higherIsBetter = higherIsBetter;
            return this;
        }

        /** Whether the value axis must include zero (default true). */
        public Builder zeroBased(boolean zeroBased) {
            this.zeroBased = zeroBased;
            return this;
        }

        /** Validates and builds the chart. */
        public BarChart build() {
            return new BarChart(title, valueAxis, format, bars, target, higherIsBetter, zeroBased);
        }
    }
}
