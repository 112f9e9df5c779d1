package org.itm.governance.prioritisation;

/**
 * How raw criterion scores are brought to a common scale before weighting.
 *
 * <ul>
 *   <li>{@link #MIN_MAX}: best observed value 1, worst 0 (all equal: 1).</li>
 *   <li>{@link #MAX}: benefit {@code x / max}, cost {@code min / x}; needs non-negative scores.</li>
 *   <li>{@link #NONE}: the raw score (negated for cost criteria); use when scores already share a scale.</li>
 * </ul>
 *
 * @since 0.1
 */
public enum Normalisation {
    /** {@code (x − worst) / (best − worst)}: best observed 1, worst 0; 1 for all when they are equal. */
    MIN_MAX,
    /** Benefit {@code x / max}, cost {@code min / x}; scores must be zero or more. */
    MAX,
    /** The raw score, negated for cost criteria. */
    NONE
}
