/**
 * Trend analysis: least-squares and Theil-Sen trends, seasonal period detection and seasonal-trend decomposition.
 *
 * <p>Levels are fractions: confidence and prediction-interval levels, service levels, objectives and quantile
 * probabilities are given in (0, 1), e.g. {@code 0.95}; a value such as {@code 95} is rejected with an
 * {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 */
@NullMarked
package org.itm.capacity.trend;

import org.jspecify.annotations.NullMarked;
