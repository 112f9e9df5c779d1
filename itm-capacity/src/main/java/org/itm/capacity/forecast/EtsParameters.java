package org.itm.capacity.forecast;

/**
 * Smoothing parameters of a fitted ETS model in the state-space parametrisation (so {@code beta <= alpha} and
 * {@code gamma <= 1 − alpha}). Parameters a model does not use are reported as {@code beta = 0},
 * {@code gamma = 0} and {@code phi = 1}.
 *
 * @param alpha level smoothing
 * @param beta  trend smoothing
 * @param gamma seasonal smoothing
 * @param phi   damping of the trend (1 for an undamped trend)
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {
}
