package org.itm.governance.decision;

/**
 * A party's part in a decision: does the work, owns the outcome (exactly one), is asked first, or is told after.
 *
 * @since 0.1
 */
public enum Raci {
    /** Does the work that leads to the decision; a {@link RaciMatrix} has at least one. */
    RESPONSIBLE,
    /** Owns the decision and is the only one who may record it; a {@link RaciMatrix} has exactly one. */
    ACCOUNTABLE,
    /** Is asked for an opinion before the decision. */
    CONSULTED,
    /** Is told of the decision after it is taken. */
    INFORMED
}
