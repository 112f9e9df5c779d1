package org.itm.capacity.forecast;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * All folds of a backtest and their averages.
 *
 * @param folds one entry per forecast origin, in time order (copied)
 * @since 0.1
 */
public record BacktestResult(List<BacktestFold> folds) {

    /**
     * Copies the folds.
     *
     * @param folds one entry per forecast origin; copied
     */
    public BacktestResult {
        folds = List.copyOf(folds);
    }

    /**
     * Each measure averaged over the folds (every fold weighs the same).
     *
     * @return the mean accuracy; every measure {@code NaN} when there is no fold
     */
    public AccuracyReport mean() {
        return new AccuracyReport(avg(AccuracyReport::mae), avg(AccuracyReport::rmse), avg(AccuracyReport::mape),
                avg(AccuracyReport::smape), avg(AccuracyReport::mase));
    }

    private double avg(ToDoubleFunction<AccuracyReport> f) {
        return folds.stream().mapToDouble(fold -> f.applyAsDouble(fold.accuracy())).average().orElse(Double.NaN);
    }
}
