package org.itm.capacity.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * Rolling-origin evaluation: fit on the first {@code initialTraining} values, forecast {@code horizon} steps,
 * score against what happened, move the origin forward by {@code step}, and repeat while a full horizon of actual
 * values remains. This tells how a method would have performed had it been used in the past.
 *
 * @since 0.1
 */
public final class Backtest {

    private Backtest() {
    }

    /**
     * Evaluates {@code forecaster} on {@code y}; MASE of every fold is scaled by the seasonal-naive MAE (lag
     * {@code period}) of that fold's training data. Compare two methods by backtesting both with the same
     * settings and comparing {@link BacktestResult#mean()}.
     *
     * @param y               the whole regularly spaced history
     * @param forecaster      the method to evaluate, e.g. {@link Forecaster#autoEts}
     * @param initialTraining values in the first fold's training data; more than {@code period}
     * @param horizon         steps forecast and scored in each fold; positive
     * @param step            how far the origin moves between folds; positive
     * @param period          seasonal lag of the MASE benchmark (1 for non-seasonal data); positive
     * @return one fold per origin, in time order; at least one
     * @throws org.itm.core.ItmValidationException if an argument is null or out of range, the history leaves no
     *         full horizon after {@code initialTraining}, or the forecaster rejects a fold's training data
     */
    public static BacktestResult rollingOrigin(double[] y, Forecaster forecaster, int initialTraining, int horizon,
                                               int step, int period) {
        Checks.notNull(y, "y");
        Checks.notNull(forecaster, "forecaster");
        Checks.positive(horizon, "horizon");
        Checks.positive(step, "step");
        Checks.positive(period, "period");
        Checks.require(initialTraining > period, "initialTraining",
                "must exceed the period (" + period + "), was " + initialTraining);
        Checks.require(initialTraining + horizon <= y.length, "initialTraining",
                "leaves no full horizon to test: " + initialTraining + " + " + horizon + " > " + y.length);
        List<BacktestFold> folds = new ArrayList<>();
        for (int origin = initialTraining; origin + horizon <= y.length; origin += step) {
            double[] train = Arrays.copyOf(y, origin);
            double[] actual = Arrays.copyOfRange(y, origin, origin + horizon);
            Forecast f = forecaster.forecast(train, horizon);
            folds.add(new BacktestFold(origin, f.method(), Accuracy.report(actual, f.mean(), train, period)));
        }
        return new BacktestResult(folds);
    }
}
