package org.itm.risk.controls;

/**
 * A control's effectiveness, from its latest test.
 *
 * @since 0.1
 */
public enum Effectiveness {
    /** The latest test, within the test period, passed; only this covers a requirement in a {@link GapReport}. */
    EFFECTIVE,
    /** The latest test, within the test period, passed in part. */
    PARTIALLY_EFFECTIVE,
    /** The latest test, within the test period, failed. */
    INEFFECTIVE,
    /** Never tested, or the latest test is older than the control's test period. */
    NOT_TESTED
}
