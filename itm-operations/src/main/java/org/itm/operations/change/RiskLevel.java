package org.itm.operations.change;

/**
 * Outcome of a change risk assessment.
 *
 * @since 0.1
 */
public enum RiskLevel {
    /** Routine; with {@link ApprovalPolicy#typical} a normal change needs the change manager only. */
    LOW,
    /** Needs a CAB quorum under {@link ApprovalPolicy#typical}. */
    MEDIUM,
    /** Needs the whole CAB under {@link ApprovalPolicy#typical}. */
    HIGH
}
