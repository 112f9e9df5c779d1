package org.itm.metrics.kpi;

/**
 * Red/amber/green status of a KPI value against its thresholds; {@link #NONE} when the KPI has none.
 *
 * @since 0.1
 */
public enum RagStatus {
    /** The value is within the green bound: no action needed. */
    GREEN,
    /** The value is past the green bound but within the amber bound: watch it. */
    AMBER,
    /** The value is past the amber bound: act on it. */
    RED,
    /** The KPI has no thresholds, or no value in the window; nothing to judge. */
    NONE
}
