package org.itm.metrics.analysis;

/** Whether a KPI moved the good way, the bad way, or not at all. */
public enum Movement {
    IMPROVED, WORSENED, UNCHANGED
}
