package org.itm.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.examples.report.internal.HeatMapSvg;

/**
 * A risk heat map: a grid of counts per (x, y) cell, coloured by the cell's severity zone (x rank × y rank:
 * low, medium, high, critical) with the count written in it. {@code counts.get(row).get(column)} is the cell at
 * {@code yLabels.get(row)} and {@code xLabels.get(column)}; row 0 is drawn at the bottom. Example: {@code
 * HeatMap.builder("Risk heat map").x("Likelihood", "Rare", ..., "Almost certain").y("Impact", "Minimal", ...,
 * "Severe").row(0, 1, 0, 0, 0)...build()}.
 */
public record HeatMap(String title, String xAxis, List<String> xLabels, String yAxis, List<String> yLabels,
        List<List<Integer>> counts) implements Chart {

    /** Validates that the grid has one row per y label and one column per x label, with no negative counts. */
    public HeatMap {
        Checks.notBlank(title, "title");
        Checks.notNull(xAxis, "xAxis");
        Checks.notNull(yAxis, "yAxis");
        xLabels = List.copyOf(Checks.notEmpty(xLabels, "xLabels"));
        yLabels = List.copyOf(Checks.notEmpty(yLabels, "yLabels"));
        Checks.notNull(counts, "counts");
        Violations v = new Violations();
        v.require(counts.size() == yLabels.size(), "counts",
                "has " + counts.size() + " rows but there are " + yLabels.size() + " y labels");
        List<List<Integer>> copy = new ArrayList<>();
        for (int r = 0; r < counts.size(); r++) {
            List<Integer> row = Checks.notNull(counts.get(r), "counts[" + r + "]");
            v.require(row.size() == xLabels.size(), "counts[" + r + "]",
                    "has " + row.size() + " cells but there are " + xLabels.size() + " x labels");
            for (int c = 0; c < row.size(); c++) {
                Integer n = row.get(c);
                v.require(n != null && n >= 0, "counts[" + r + "][" + c + "]", "must be a count >= 0, was " + n);
            }
            copy.add(row);
        }
        v.throwIfAny();
        counts = copy.stream().map(List::copyOf).toList();
    }

    /** Starts a heat map with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @Override
    public String toSvg(String id) {
        return HeatMapSvg.render(this, Checks.id(id, "id"));
    }

    /** Collects the settings of a {@link HeatMap}. */
    public static final class Builder {
        private final String title;
        private String xAxis = "";
        private List<String> xLabels = List.of();
        private String yAxis = "";
        private List<String> yLabels = List.of();
        private final List<List<Integer>> counts = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** The x axis title and its category labels from low to high. */
        public Builder x(String axis, String... labels) {
            this.xAxis = axis;
            this.xLabels = List.of(labels);
            return this;
        }

        /** The y axis title and its category labels from low (bottom) to high (top). */
        public Builder y(String axis, String... labels) {
            this.yAxis = axis;
            this.yLabels = List.of(labels);
            return this;
        }

        /** Adds the next row of counts, starting with the lowest y category. */
        public Builder row(int... counts) {
            List<Integer> row = new ArrayList<>();
            for (int c : counts) {
                row.add(c);
            }
            this.counts.add(row);
            return this;
        }

        /** Validates and builds the heat map. */
        public HeatMap build() {
            return new HeatMap(title, xAxis, xLabels, yAxis, yLabels, counts);
        }
    }
}
