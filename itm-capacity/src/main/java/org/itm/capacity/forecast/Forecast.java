package org.itm.capacity.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Point forecasts for steps 1..h after the end of the history, with prediction intervals and the name of the
 * method that produced them (for instance {@code "ETS(M,Ad,M)"} or {@code "seasonal naive (m=12)"}).
 *
 * @since 0.1
 */
public final class Forecast {

    private final String method;
    private final double[] mean;
    private final List<PredictionInterval> intervals;

    /**
     * A forecast, e.g. from a method plugged in as a {@link Forecaster}.
     *
     * @param method    the model or method that produced it; not blank
     * @param mean      the point forecasts, index 0 one step ahead (copied)
     * @param intervals prediction intervals, each covering every step (copied); may be empty
     * @throws org.itm.core.ItmValidationException if {@code method} is blank, an argument is null, or an interval
     *         has a different number of steps
     */
    public Forecast(String method, double[] mean, List<PredictionInterval> intervals) {
        this.method = Checks.notBlank(method, "method");
        this.mean = Checks.notNull(mean, "mean").clone();
        this.intervals = List.copyOf(Checks.notNull(intervals, "intervals"));
        for (PredictionInterval pi : this.intervals) {
            Checks.require(pi.lower().length == mean.length, "intervals", "must cover every forecast step");
        }
    }

    /**
     * The model or method that produced this forecast.
     *
     * @return e.g. {@code "ETS(M,Ad,M)"}
     */
    public String method() {
        return method;
    }

    /**
     * The number of steps forecast.
     *
     * @return the length of {@link #mean()}
     */
    public int horizon() {
        return mean.length;
    }

    /**
     * The point forecasts.
     *
     * @return one value per step, index 0 one step ahead (a fresh array)
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * One point forecast.
     *
     * @param step the step, 0 for one step ahead, up to {@code horizon() − 1}
     * @return its point forecast
     * @throws IndexOutOfBoundsException if {@code step} is outside the horizon
     */
    public double mean(int step) {
        return mean[step];
    }

    /**
     * The prediction intervals; use {@link #interval(double)} to pick one by level.
     *
     * @return an unmodifiable list, empty when the method gives none
     */
    public List<PredictionInterval> intervals() {
        return intervals;
    }

    /**
     * The steps placed in time after the last observation of the regular series {@code history}, with the
     * bounds of the interval at {@code level}.
     *
     * @param history the series that was forecast; it must be regular
     * @param level   one of the computed interval levels, as a fraction (e.g. 0.95)
     * @return one point per step, in time order
     * @throws org.itm.core.ItmValidationException if {@code level} is not a fraction in (0, 1) (for instance a
     *         percentage such as 95), if no interval was computed at {@code level}, or if {@code history} is
     *         not regular
     */
    public List<ForecastPoint> points(TimeSeries history, double level) {
        Checks.notNull(history, "history");
        Optional<PredictionInterval> pi = interval(level);
        if (pi.isEmpty()) {
            throw new ItmValidationException("level", "no interval was computed at " + level
                    + "; the forecast has " + intervals.stream().map(p -> String.valueOf(p.level())).toList());
        }
        List<ForecastPoint> out = new ArrayList<>(mean.length);
        for (int h = 0; h < mean.length; h++) {
            final int step = h;
            out.add(new ForecastPoint(history.instantAfterLast(h + 1), mean[h],
                    pi.map(p -> p.lower(step)).orElse(mean[h]), pi.map(p -> p.upper(step)).orElse(mean[h])));
        }
        return List.copyOf(out);
    }

    /**
     * The interval at {@code level} (compared to 1e-9), if one was computed.
     *
     * @param level a fraction in (0, 1), e.g. 0.95
     * @return the interval, or empty if none was computed at that level
     * @throws org.itm.core.ItmValidationException if {@code level} is not a fraction in (0, 1)
     */
    public Optional<PredictionInterval> interval(double level) {
        Checks.level(level, "level");
        return intervals.stream().filter(pi -> Math.abs(pi.level() - level) < 1e-9).findFirst();
    }
}
