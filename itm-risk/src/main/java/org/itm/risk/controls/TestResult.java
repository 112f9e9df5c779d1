package org.itm.risk.controls;

/**
 * Outcome of a control test.
 *
 * @since 0.1
 */
public enum TestResult {
    /** The control worked as designed. */
    PASS,
    /** It worked in part, e.g. for some of the sampled cases. */
    PARTIAL,
    /** It did not work. */
    FAIL
}
