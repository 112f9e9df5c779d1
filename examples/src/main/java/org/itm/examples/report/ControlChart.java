package org.itm.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.examples.report.internal.ControlChartSvg;

/**
 * An XmR (individuals) control chart: values in time order with their centre line and upper and lower
 * natural process limits; points that signal (outside the limits, runs) are highlighted. The limits are
 * computed by the caller (e.g. by the metrics module) and only drawn here. Example: {@code
 * ControlChart.builder("Incidents per week").limits(42, 61.5, 22.5).point("W01", 40).signal(3).build()}.
 *
 * @param signals indexes into {@code values} of the points to highlight
 */
public record ControlChart(String title, String yAxis, List<String> labels, List<Double> values, double centre,
        double upperLimit, double lowerLimit, Set<Integer> signals) implements Chart {

    /** Validates that labels and values match, limits are ordered and every signal index is a point. */
    public ControlChart {
        Checks.notBlank(title, "title");
        Checks.notNull(yAxis, "yAxis");
        labels = List.copyOf(Checks.notNull(labels, "labels"));
        values = List.copyOf(Checks.notNull(values, "values"));
        Checks.notNull(signals, "signals");
        Violations v = new Violations();
        if (signals.stream().anyMatch(Objects::isNull)) {
            throw new ItmValidationException("signals", "must not contain null");
        }
        signals = Set.copyOf(signals);
        if (labels.size() != values.size()) {
            v.add("labels", "has " + labels.size() + " entries but values has " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            if (!Double.isFinite(values.get(i))) {
                v.add("values[" + i + "]", "must be finite, was " + values.get(i));
            }
        }
        if (!Double.isFinite(centre) || !Double.isFinite(upperLimit) || !Double.isFinite(lowerLimit)) {
            v.add("limits", "must be finite");
        } else if (lowerLimit > centre || centre > upperLimit) {
            v.add("limits", "must satisfy lower <= centre <= upper, was " + lowerLimit + ", " + centre + ", "
                    + upperLimit);
        }
        for (int s : signals) {
            if (s < 0 || s >= values.size()) {
                v.add("signals", "index " + s + " is not a point (0.." + (values.size() - 1) + ")");
            }
        }
        v.throwIfAny();
    }

    /** Starts a control chart with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** The signal indexes in ascending order. */
    public List<Integer> sortedSignals() {
        return List.copyOf(new TreeSet<>(signals));
    }

    @Override
    public String toSvg(String id) {
        return ControlChartSvg.render(this, Checks.id(id, "id"));
    }

    /** Collects the settings of a {@link ControlChart}. */
    public static final class Builder {
        private final String title;
        private String yAxis = "";
        private final List<String> labels = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();
        private double centre = Double.NaN;
        private double upper = Double.NaN;
        private double lower = Double.NaN;
        private final Set<Integer> signals = new TreeSet<>();

        private Builder(String title) {
            this.title = title;
        }

        /** The y axis title. */
        public Builder yAxis(String yAxis) {
            this.yAxis = yAxis;
            return this;
        }

        /** The centre line and the upper and lower natural process limits. */
        public Builder limits(double centre, double upper, double lower) {
            this.centre = centre;
            this.upper = upper;
            this.lower = lower;
            return this;
        }

        /** Adds the next point in time order. */
        public Builder point(String label, double value) {
            labels.add(Checks.notNull(label, "label"));
            values.add(value);
            return this;
        }

        /** Highlights the point with the given index (0 = first point added). */
        public Builder signal(int index) {
            signals.add(index);
            return this;
        }

        /** Validates and builds the chart; the limits must have been set. */
        public ControlChart build() {
            if (Double.isNaN(centre)) {
                throw new ItmValidationException("limits", "must be set");
            }
            return new ControlChart(title, yAxis, labels, values, centre, upper, lower, signals);
        }
    }
}
