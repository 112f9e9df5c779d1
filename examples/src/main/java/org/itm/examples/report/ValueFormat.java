package org.itm.examples.report;

/** How the numbers of an axis are shown. */
public enum ValueFormat {
    /** Plain numbers, with k/M/G suffixes for large values. */
    NUMBER,
    /** Fractions shown as percentages: 0.25 is "25%". */
    PERCENT,
    /** Days since 1970-01-01 ({@code LocalDate.toEpochDay()}) shown as ISO dates. */
    DATE
}
