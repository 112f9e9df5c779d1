package org.itm.governance.decision;

/**
 * How a committee's votes carry a motion (abstentions are not counted):
 * {@link #MAJORITY} more FOR than half of the FOR and AGAINST votes; {@link #SUPER_MAJORITY} at least two thirds;
 * {@link #UNANIMITY} no AGAINST vote and at least one FOR.
 *
 * @since 0.1
 */
public enum VotingRule {
    /** More than half of the FOR and AGAINST votes are FOR (a tie fails). */
    MAJORITY,
    /** At least two thirds of the FOR and AGAINST votes are FOR, and at least one vote is cast. */
    SUPER_MAJORITY,
    /** No AGAINST vote and at least one FOR. */
    UNANIMITY
}
