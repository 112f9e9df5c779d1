package org.itm.capacity.forecast;

import org.itm.core.validation.Checks;

/**
 * Forecast accuracy measures as defined by Hyndman &amp; Koehler (2006), comparing actual values with forecasts
 * step by step. MAPE and sMAPE are in percent.
 */
public final class Accuracy {

    private Accuracy() {
    }

    /** All measures at once; MASE is scaled by the in-sample seasonal-naive MAE of {@code training}. */
    public static AccuracyReport report(double[] actual, double[] forecast, double[] training, int period) {
        return new AccuracyReport(mae(actual, forecast), rmse(actual, forecast), mape(actual, forecast),
                smape(actual, forecast), mase(actual, forecast, training, period));
    }

    public static double mae(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs(actual[i] - forecast[i]);
        }
        return s / actual.length;
    }

    public static double rmse(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - forecast[i];
            s += e * e;
        }
        return Math.sqrt(s / actual.length);
    }

    /** Mean absolute percentage error; infinite when an actual value is zero. */
    public static double mape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs((actual[i] - forecast[i]) / actual[i]);
        }
        return 100 * s / actual.length;
    }

    /** Symmetric MAPE, {@code 200·|y − f| / (|y| + |f|)} averaged; a step where both are zero counts as 0. */
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
