package org.itm.capacity.forecast;

/**
 * Smoothing parameters of a fitted ETS model in the state-space parametrisation (so {@code beta <= alpha} and
 * {@code gamma <= 1 − alpha}). Parameters a model does not use are reported as {@code beta = 0},
 * {@code gamma = 0} and {@code phi = 1}.
 *
 * @param alpha level smoothing in (0, 1): near 1 follows the latest value, near 0 averages far back
 * @param beta  trend smoothing, at most {@code alpha}
 * @param gamma seasonal smoothing, at most {@code 1 − alpha}
 * @param phi   damping of the trend, 0.8 to 0.98 when damped (1 for an undamped trend)
 * @since 0.1
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {
}
