package org.itm.capacity.forecast;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Point forecasts for steps 1..h after the end of the history, with prediction intervals and the name of the
 * method that produced them (for instance {@code "ETS(M,Ad,M)"} or {@code "seasonal naive (m=12)"}).
 */
public final class Forecast {

    private final String method;
    private final double[] mean;
    private final List<PredictionInterval> intervals;

    public Forecast(String method, double[] mean, List<PredictionInterval> intervals) {
        this.method = Checks.notBlank(method, "method");
        this.mean = Checks.notNull(mean, "mean").clone();
        this.intervals = List.copyOf(Checks.notNull(intervals, "intervals"));
        for (PredictionInterval pi : this.intervals) {
            Checks.require(pi.lower().length == mean.length, "intervals", "must cover every forecast step");
        }
    }

    /** The model or method that produced this forecast. */
    public String method() {
        return method;
    }

    public int horizon() {
        return mean.length;
    }

    /** The point forecasts; index 0 is one step ahead. */
    public double[] mean() {
        return mean.clone();
    }

    public double mean(int step) {
        return mean[step];
    }

    public List<PredictionInterval> intervals() {
        return intervals;
    }

    /**
     * The steps placed in time after the last observation of the regular series {@code history}, with the
     * bounds of the interval at {@code level}.
     */
    public List<ForecastPoint> points(org.itm.capacity.series.TimeSeries history, double level) {
        Checks.notNull(history, "history");
        Optional<PredictionInterval> pi = interval(level);
        java.util.List<ForecastPoint> out = new java.util.ArrayList<>(mean.length);
        for (int h = 0; h < mean.length; h++) {
            final int step = h;
            out.add(new ForecastPoint(history.instantAfterLast(h + 1), mean[h],
                    pi.map(p -> p.lower(step)).orElse(mean[h]), pi.map(p -> p.upper(step)).orElse(mean[h])));
        }
        return List.copyOf(out);
    }

    /** The interval at {@code level} (compared to 1e-9), if one was computed. */
    public Optional<PredictionInterval> interval(double level) {
        return intervals.stream().filter(pi -> Math.abs(pi.level() - level) < 1e-9).findFirst();
    }
}
