package org.itm.metrics.analysis;

/**
 * Whether a KPI moved the good way, the bad way, or not at all.
 *
 * @since 0.1
 */
public enum Movement {
    /** The value moved the way the KPI's direction calls better. */
    IMPROVED,
    /** The value moved the way the KPI's direction calls worse. */
    WORSENED,
    /** The value is exactly the same. */
    UNCHANGED
}
