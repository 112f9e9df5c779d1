package org.itm.capacity.forecast;

import java.util.ArrayList;
import java.util.List;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.validation.Checks;

/**
 * Produces a forecast of the next {@code horizon} values of a regularly spaced history. Implement it to plug in
 * another method; the built-in ones come from the static factories.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Forecaster {

    /**
     * Forecasts {@code horizon} steps after the last value of {@code history}.
     *
     * @param history the values in time order, one step apart
     * @param horizon steps to forecast; positive
     * @return the forecast of {@code horizon} steps
     * @throws org.itm.core.ItmValidationException if the history is unsuitable (too short, non-finite values) or
     *         the horizon is not positive
     */
    Forecast forecast(double[] history, int horizon);

    /**
     * Forecasts the values of a regular series; place the steps in time with {@link Forecast#points}.
     *
     * @param history a regular series (one fixed step, no gaps)
     * @param horizon steps to forecast
     * @return the forecast
     * @throws org.itm.core.ItmValidationException if {@code history} has gaps or uneven spacing (resample it and
     *         fill its gaps first), or if it is unsuitable for the method
     */
    default Forecast forecast(TimeSeries history, int horizon) {
        Checks.notNull(history, "history");
        Checks.require(history.isRegular(), "history", "'" + history.name() + "' is not regular (gaps or uneven"
                + " spacing), so its values are not one step apart; resample it and fill its gaps first");
        return forecast(history.values(), horizon);
    }

    /**
     * The ETS model with the lowest AICc (see {@link Ets#auto}), refitted on every call, with 80 % and 95 %
     * intervals; the usual choice when nothing is known about the series.
     *
     * @param period observations per seasonal cycle (12 for monthly data with a yearly cycle), 1 for none
     * @return the forecaster
     * @throws org.itm.core.ItmValidationException if {@code period} is not positive
     */
    static Forecaster autoEts(int period) {
        Checks.positive(period, "period");
        return (history, horizon) -> Ets.auto(history, period).best().forecast(horizon);
    }

    /**
     * One named ETS model, e.g. {@code EtsSpec.parse("AAdN")}, with 80 % and 95 % intervals.
     *
     * @param period observations per seasonal cycle, 1 for none
     * @param spec   the model
     * @return the forecaster
     * @throws org.itm.core.ItmValidationException if {@code period} is not positive or {@code spec} is null
     */
    static Forecaster ets(int period, EtsSpec spec) {
        Checks.positive(period, "period");
        Checks.notNull(spec, "spec");
        return (history, horizon) -> Ets.fit(history, period, spec).forecast(horizon);
    }

    /**
     * Each step repeats the value one period earlier (the naive forecast when {@code period} is 1); intervals from
     * the in-sample seasonal-naive errors, widening with the number of whole periods ahead. The benchmark any other
     * method should beat (see {@link Backtest}).
     *
     * @param period the seasonal lag, 1 for the naive forecast; positive
     * @return the forecaster; it needs more than {@code period} values of history
     * @throws org.itm.core.ItmValidationException if {@code period} is not positive
     */
    static Forecaster seasonalNaive(int period) {
        Checks.positive(period, "period");
        return (history, horizon) -> {
            Checks.notNull(history, "history");
            Checks.positive(horizon, "horizon");
            Checks.require(history.length > period, "history",
                    "needs more than one period (" + period + ") of values, had " + history.length);
            int n = history.length;
            double[] mean = new double[horizon];
            double ss = 0;
            for (int i = period; i < n; i++) {
                double e = history[i] - history[i - period];
                ss += e * e;
            }
            double sigma = Math.sqrt(ss / (n - period));
            List<PredictionInterval> intervals = new ArrayList<>();
            for (int h = 0; h < horizon; h++) {
                mean[h] = history[n - period + (h % period)];
            }
            for (double level : new double[] {0.80, 0.95}) {
                double z = Normal.quantile(0.5 + level / 2);
                double[] lo = new double[horizon];
                double[] hi = new double[horizon];
                for (int h = 0; h < horizon; h++) {
                    double sd = sigma * Math.sqrt(h / period + 1);
                    lo[h] = mean[h] - z * sd;
                    hi[h] = mean[h] + z * sd;
                }
                intervals.add(new PredictionInterval(level, lo, hi));
            }
            return new Forecast("seasonal naive (m=" + period + ")", mean, intervals);
        };
    }
}
