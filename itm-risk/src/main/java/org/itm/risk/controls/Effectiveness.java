package org.itm.risk.controls;

/** A control's effectiveness, from its latest test. */
public enum Effectiveness {
    EFFECTIVE, PARTIALLY_EFFECTIVE, INEFFECTIVE, NOT_TESTED
}
