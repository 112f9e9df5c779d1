package org.itm.metrics.analysis;

/**
 * The Western Electric rules for detecting a process shift on a control chart.
 *
 * @since 0.1
 */
public enum SpcRule {
    /** One point beyond the 3-sigma limits. */
    BEYOND_3_SIGMA,
    /** Two of three consecutive points beyond 2 sigma on the same side. */
    TWO_OF_THREE_BEYOND_2_SIGMA,
    /** Four of five consecutive points beyond 1 sigma on the same side. */
    FOUR_OF_FIVE_BEYOND_1_SIGMA,
    /** Eight consecutive points on the same side of the centre line. */
    EIGHT_ON_ONE_SIDE
}
