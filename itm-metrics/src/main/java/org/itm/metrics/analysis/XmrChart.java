package org.itm.metrics.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.Thresholds;

/**
 * An XmR (individuals and moving range) control chart of a KPI series with the Western Electric rules.
 *
 * <p>Limits come from the first {@code baseline} points (all points by default): centre line = their mean;
 * σ = mean moving range / 1.128 (the d2 constant for ranges of two); natural process limits = centre ± 3σ
 * (= ± 2.66 × mean moving range); the moving-range upper limit is 3.267 × mean moving range. A shift shows as a
 * rule firing while the values may still look fine against the target: {@link #earlyWarnings} returns exactly
 * those.
 *
 * @param values         the series in time order
 * @param baseline       number of leading points the limits were computed from
 * @param centre         centre line
 * @param meanMovingRange mean of |x[i] - x[i-1]| over the baseline
 * @param sigma          estimated process standard deviation
 * @param upperLimit     upper natural process limit
 * @param lowerLimit     lower natural process limit
 * @param movingRangeLimit upper limit of the moving-range chart
 * @param signals        every rule firing, in index order
 * @since 0.1
 */
public record XmrChart(List<Double> values, int baseline, double centre, double meanMovingRange, double sigma,
                       double upperLimit, double lowerLimit, double movingRangeLimit, List<SpcSignal> signals) {

    private static final double D2 = 1.128;
    private static final double D4 = 3.267;

    /**
     * A chart as computed by {@link #of(double[], int)}; prefer the factories. The lists are copied.
     *
     * @param values         the series in time order
     * @param baseline       leading points the limits come from, 2 to the number of values
     * @param centre         centre line
     * @param meanMovingRange mean moving range over the baseline
     * @param sigma          estimated process standard deviation
     * @param upperLimit     upper natural process limit
     * @param lowerLimit     lower natural process limit
     * @param movingRangeLimit upper limit of the moving-range chart
     * @param signals        every rule firing
     * @throws org.itm.core.ItmValidationException if {@code baseline} is out of range
     */
    public XmrChart {
        values = List.copyOf(values);
        signals = List.copyOf(signals);
        Checks.between(baseline, 2, values.size(), "baseline");
    }

    /**
     * A chart of values with limits from all of them: is the process stable?
     *
     * @param values the series in time order, at least 2, all finite
     * @return the chart with every signal
     * @throws org.itm.core.ItmValidationException if there are fewer than 2 values or one is not finite
     */
    public static XmrChart of(double[] values) {
        return of(values, Checks.notNull(values, "values").length);
    }

    /**
     * A chart of a KPI series (from {@link org.itm.metrics.kpi.KpiResults#series}).
     *
     * @param series one group's values in window order, at least 2
     * @param baseline how many leading values set the limits, 2 to the series' length
     * @return the chart with every signal
     * @throws org.itm.core.ItmValidationException if the series is too short or {@code baseline} is out of range
     */
    public static XmrChart of(List<KpiResult> series, int baseline) {
        Checks.notNull(series, "series");
        return of(series.stream().mapToDouble(KpiResult::value).toArray(), baseline);
    }

    /**
     * A chart with limits from the first {@code baseline} values (2 ≤ baseline ≤ length); later values are judged
     * against those limits, which is how a shift after an improvement or a degradation is detected.
     *
     * @param values the series in time order, at least 2, all finite
     * @param baseline how many leading values set the limits, 2 to {@code values.length}
     * @return the chart with every signal
     * @throws org.itm.core.ItmValidationException if there are fewer than 2 values, one is not finite or
     *         {@code baseline} is out of range
     */
    public static XmrChart of(double[] values, int baseline) {
        Checks.notNull(values, "values");
        Checks.require(values.length >= 2, "values", "needs at least 2 values, was " + values.length);
        Checks.between(baseline, 2, values.length, "baseline");
        for (int i = 0; i < values.length; i++) {
            Checks.finite(values[i], "values[" + i + "]");
        }
        double mean = 0;
        for (int i = 0; i < baseline; i++) {
            mean += values[i];
        }
        mean /= baseline;
        double mr = 0;
        for (int i = 1; i < baseline; i++) {
            mr += Math.abs(values[i] - values[i - 1]);
        }
        mr /= baseline - 1;
        double sigma = mr / D2;
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return new XmrChart(list, baseline, mean, mr, sigma, mean + 3 * sigma, mean - 3 * sigma, D4 * mr,
                detect(values, mean, sigma));
    }

    private static List<SpcSignal> detect(double[] x, double centre, double sigma) {
        List<SpcSignal> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - centre;
            if (sigma > 0 && Math.abs(d) > 3 * sigma) {
                out.add(signal(i, x[i], SpcRule.BEYOND_3_SIGMA, d > 0, "point " + side(d > 0) + " "
                        + (d > 0 ? "+" : "-") + "3σ limit " + fmt(centre + Math.signum(d) * 3 * sigma)));
            }
            for (boolean above : new boolean[] {true, false}) {
                if (sigma > 0 && i >= 2 && count(x, i - 2, i, centre, 2 * sigma, above) >= 2
                        && beyond(x[i], centre, 2 * sigma, above)) {
                    out.add(signal(i, x[i], SpcRule.TWO_OF_THREE_BEYOND_2_SIGMA, above,
                            "2 of 3 points " + side(above) + " " + (above ? "+" : "-") + "2σ ("
                                    + fmt(centre + (above ? 2 : -2) * sigma) + ")"));
                }
                if (sigma > 0 && i >= 4 && count(x, i - 4, i, centre, sigma, above) >= 4
                        && beyond(x[i], centre, sigma, above)) {
                    out.add(signal(i, x[i], SpcRule.FOUR_OF_FIVE_BEYOND_1_SIGMA, above,
                            "4 of 5 points " + side(above) + " " + (above ? "+" : "-") + "1σ ("
                                    + fmt(centre + (above ? 1 : -1) * sigma) + ")"));
                }
                if (i >= 7 && count(x, i - 7, i, centre, 0, above) == 8) {
                    out.add(signal(i, x[i], SpcRule.EIGHT_ON_ONE_SIDE, above,
                            "8 points in a row " + side(above) + " the centre line " + fmt(centre)));
                }
            }
        }
        return out;
    }

    private static SpcSignal signal(int i, double v, SpcRule rule, boolean above, String why) {
        return new SpcSignal(i, v, rule, above, why);
    }

    private static boolean beyond(double v, double centre, double distance, boolean above) {
        return above ? v > centre + distance : v < centre - distance;
    }

    private static int count(double[] x, int from, int to, double centre, double distance, boolean above) {
        int c = 0;
        for (int i = from; i <= to; i++) {
            if (beyond(x[i], centre, distance, above)) {
                c++;
            }
        }
        return c;
    }

    private static String side(boolean above) {
        return above ? "above" : "below";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4g", d);
    }

    /**
     * Signals of a shift in the unfavourable direction at points that still meet the target: the KPI is drifting
     * towards a breach that has not happened yet.
     *
     * @param thresholds the KPI's thresholds, whose target the points still meet
     * @param direction which way the KPI improves
     * @return the signals worth acting on before the target is missed, in index order
     */
    public List<SpcSignal> earlyWarnings(Thresholds thresholds, KpiDirection direction) {
        Checks.notNull(thresholds, "thresholds");
        Checks.notNull(direction, "direction");
        boolean worseIsAbove = direction == KpiDirection.LOWER_IS_BETTER;
        return signals.stream()
                .filter(s -> s.above() == worseIsAbove && thresholds.meetsTarget(s.value(), direction))
                .toList();
    }
}
