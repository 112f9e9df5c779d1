package org.itm.governance.decision;

/**
 * A committee member's vote; abstentions count towards quorum but not towards the result.
 *
 * @since 0.1
 */
public enum Vote {
    /** In favour of the motion. */
    FOR,
    /** Against the motion; from the chair of a committee with a veto, it defeats the motion. */
    AGAINST,
    /** Present but neither for nor against: counts towards the quorum only. */
    ABSTAIN
}
