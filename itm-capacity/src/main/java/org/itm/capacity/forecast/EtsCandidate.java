package org.itm.capacity.forecast;

/**
 * One model considered by {@link Ets#auto}.
 *
 * @param spec the model
 * @param aicc its AICc, or {@code +∞} when it could not be fitted admissibly
 */
public record EtsCandidate(EtsSpec spec, double aicc) {
}
