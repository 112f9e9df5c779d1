package org.itm.capacity.forecast;

import org.itm.core.validation.Checks;

/**
 * Forecast accuracy measures as defined by Hyndman &amp; Koehler (2006), comparing actual values with forecasts
 * step by step. MAPE and sMAPE are in percent; MAE and RMSE are in the unit of the values; MASE has no unit. Every
 * measure takes {@code actual} and {@code forecast} of the same, non-zero length and throws
 * {@link org.itm.core.ItmValidationException} otherwise.
 *
 * @since 0.1
 */
public final class Accuracy {

    private Accuracy() {
    }

    /**
     * All measures at once; MASE is scaled by the in-sample seasonal-naive MAE of {@code training}.
     *
     * @param actual   the values that happened
     * @param forecast the forecasts of them, step by step
     * @param training the history the forecast was made from, to scale MASE; more than {@code period} values
     * @param period   the seasonal lag of the MASE benchmark (1 for the naive forecast)
     * @return MAE, RMSE, MAPE, sMAPE and MASE
     * @throws org.itm.core.ItmValidationException as {@link #mase} does
     */
    public static AccuracyReport report(double[] actual, double[] forecast, double[] training, int period) {
        return new AccuracyReport(mae(actual, forecast), rmse(actual, forecast), mape(actual, forecast),
                smape(actual, forecast), mase(actual, forecast, training, period));
    }

    /**
     * Mean absolute error.
     *
     * @param actual   the values that happened; not empty
     * @param forecast the forecasts of them, as many as {@code actual}
     * @return the mean of {@code |actual − forecast|}, in the unit of the values
     * @throws org.itm.core.ItmValidationException if an array is null or empty, or their lengths differ
     */
    public static double mae(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs(actual[i] - forecast[i]);
        }
        return s / actual.length;
    }

    /**
     * Root mean squared error; weighs large misses more than {@link #mae}.
     *
     * @param actual   the values that happened; not empty
     * @param forecast the forecasts of them, as many as {@code actual}
     * @return the square root of the mean squared error, in the unit of the values
     * @throws org.itm.core.ItmValidationException if an array is null or empty, or their lengths differ
     */
    public static double rmse(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - forecast[i];
            s += e * e;
        }
        return Math.sqrt(s / actual.length);
    }

    /**
     * Mean absolute percentage error.
     *
     * @param actual   the values that happened; not empty
     * @param forecast the forecasts of them, as many as {@code actual}
     * @return the mean of {@code 100·|actual − forecast| / |actual|}, in percent; infinite (or NaN) when an actual
     *         value is zero
     * @throws org.itm.core.ItmValidationException if an array is null or empty, or their lengths differ
     */
    public static double mape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs((actual[i] - forecast[i]) / actual[i]);
        }
        return 100 * s / actual.length;
    }

    /**
     * Symmetric MAPE, {@code 200·|y − f| / (|y| + |f|)} averaged; a step where both are zero counts as 0.
     *
     * @param actual   the values that happened; not empty
     * @param forecast the forecasts of them, as many as {@code actual}
     * @return the sMAPE in percent, from 0 to 200
     * @throws org.itm.core.ItmValidationException if an array is null or empty, or their lengths differ
     */
    public static double smape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = Math.abs(actual[i]) + Math.abs(forecast[i]);
            s += d == 0 ? 0 : 2 * Math.abs(actual[i] - forecast[i]) / d;
        }
        return 100 * s / actual.length;
    }

    /**
     * Mean absolute scaled error: MAE divided by the in-sample MAE of the seasonal-naive forecast on
     * {@code training} ({@code period} 1 gives the naive forecast). Below 1 beats that benchmark.
     *
     * @param actual   the values that happened; not empty
     * @param forecast the forecasts of them, as many as {@code actual}
     * @param training the history the forecast was made from; more than {@code period} values
     * @param period   the seasonal lag of the benchmark; positive
     * @return the MASE, 0 or more
     * @throws org.itm.core.ItmValidationException if the arrays do not match, {@code training} is null or too
     *         short, {@code period} is not positive, or {@code training} is constant at that lag (MASE undefined)
     */
    public static double mase(double[] actual, double[] forecast, double[] training, int period) {
        check(actual, forecast);
        Checks.notNull(training, "training");
        Checks.positive(period, "period");
        Checks.require(training.length > period, "training",
                "needs more than one period (" + period + ") of values to scale MASE, had " + training.length);
        double s = 0;
        for (int i = period; i < training.length; i++) {
            s += Math.abs(training[i] - training[i - period]);
        }
        double scale = s / (training.length - period);
        Checks.require(scale > 0, "training", "is constant at lag " + period + ", so MASE is undefined");
        return mae(actual, forecast) / scale;
    }

    private static void check(double[] actual, double[] forecast) {
        Checks.notNull(actual, "actual");
        Checks.notNull(forecast, "forecast");
        Checks.require(actual.length > 0, "actual", "must not be empty");
        Checks.require(actual.length == forecast.length, "forecast",
                "must have as many values as actual (" + actual.length + "), had " + forecast.length);
    }
}
