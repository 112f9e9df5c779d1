package org.itm.metrics.catalog;

/** DORA software delivery performance levels, best first. */
public enum DoraBand {
    ELITE, HIGH, MEDIUM, LOW
}
