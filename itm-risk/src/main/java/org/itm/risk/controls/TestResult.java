package org.itm.risk.controls;

/** Outcome of a control test. */
public enum TestResult {
    PASS, PARTIAL, FAIL
}
