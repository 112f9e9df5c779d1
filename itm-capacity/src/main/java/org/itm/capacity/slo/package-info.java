/**
 * Availability from outages, service level objectives with error budgets and burn-rate alerts, Apdex and latency percentiles.
 *
 * <p>Levels are fractions: confidence and prediction-interval levels, service levels, objectives and quantile
 * probabilities are given in (0, 1), e.g. {@code 0.95}; a value such as {@code 95} is rejected with an
 * {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 */
@NullMarked
package org.itm.capacity.slo;

import org.jspecify.annotations.NullMarked;
