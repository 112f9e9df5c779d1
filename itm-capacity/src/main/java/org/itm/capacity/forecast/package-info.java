/**
 * Exponential smoothing (ETS) forecasts with automatic model selection by AICc, prediction intervals, accuracy metrics and backtesting; start with {@link org.itm.capacity.forecast.Forecaster}.
 *
 * <p>Levels are fractions: confidence and prediction-interval levels, service levels, objectives and quantile
 * probabilities are given in (0, 1), e.g. {@code 0.95}; a value such as {@code 95} is rejected with an
 * {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 */
@NullMarked
package org.itm.capacity.forecast;

import org.jspecify.annotations.NullMarked;
