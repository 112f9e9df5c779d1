package org.itm.governance.decision;

/** A committee member's vote; abstentions count towards quorum but not towards the result. */
public enum Vote {
    FOR,
    AGAINST,
    ABSTAIN
}
