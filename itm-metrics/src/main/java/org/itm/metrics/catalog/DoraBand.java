package org.itm.metrics.catalog;

/**
 * DORA software delivery performance levels, best first.
 *
 * @since 0.1
 */
public enum DoraBand {
    /** The best performance cluster of the report. */
    ELITE,
    /** The second cluster. */
    HIGH,
    /** The third cluster. */
    MEDIUM,
    /** Below the medium bounds. */
    LOW
}
