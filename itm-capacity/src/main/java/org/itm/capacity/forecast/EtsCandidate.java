package org.itm.capacity.forecast;

/**
 * One model considered by {@link Ets#auto}: lower AICc is better, and a difference under about 2 means the data
 * hardly prefer one over the other.
 *
 * @param spec the model
 * @param aicc its AICc, or {@code +∞} when it could not be fitted admissibly
 * @since 0.1
 */
public record EtsCandidate(EtsSpec spec, double aicc) {
}
