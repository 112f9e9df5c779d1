package org.itm.capacity.forecast;

/**
 * Accuracy of one forecast against actual values, as {@link Accuracy#report} computes it.
 *
 * @param mae   mean absolute error, in the unit of the values
 * @param rmse  root mean squared error, in the unit of the values
 * @param mape  mean absolute percentage error, in percent
 * @param smape symmetric MAPE, in percent
 * @param mase  mean absolute scaled error (below 1 beats in-sample seasonal naive)
 * @since 0.1
 */
public record AccuracyReport(double mae, double rmse, double mape, double smape, double mase) {
}
