package org.itm.governance.decision;

/** A party's part in a decision: does the work, owns the outcome (exactly one), is asked first, or is told after. */
public enum Raci {
    RESPONSIBLE,
    ACCOUNTABLE,
    CONSULTED,
    INFORMED
}
