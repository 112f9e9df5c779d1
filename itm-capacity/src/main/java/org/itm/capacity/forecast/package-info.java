/**
 * Exponential smoothing (ETS) forecasts with automatic model selection by AICc, prediction intervals, accuracy metrics and backtesting; start with {@link org.itm.capacity.forecast.Forecaster}.
 */
@NullMarked
package org.itm.capacity.forecast;

import org.jspecify.annotations.NullMarked;
