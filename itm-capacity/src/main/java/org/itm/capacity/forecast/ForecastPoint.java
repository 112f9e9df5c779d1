package org.itm.capacity.forecast;

import java.time.Instant;

/**
 * One forecast step placed in time, as {@link Forecast#points} returns it, ready to plot or store.
 *
 * @param at    the instant of the step
 * @param mean  point forecast
 * @param lower lower bound of the interval asked for ({@code mean} when the forecast has no such interval)
 * @param upper upper bound of the interval asked for ({@code mean} when the forecast has no such interval)
 * @since 0.1
 */
public record ForecastPoint(Instant at, double mean, double lower, double upper) {
}
