package org.itm.metrics.kpi;

/** Red/amber/green status of a KPI value against its thresholds; {@link #NONE} when the KPI has none. */
public enum RagStatus {
    GREEN, AMBER, RED, NONE
}
