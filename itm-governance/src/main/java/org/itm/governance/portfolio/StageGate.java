package org.itm.governance.portfolio;

/**
 * The stage gate an initiative has passed; portfolio reports group by it and selection usually considers
 * initiatives up to {@link #APPROVED}.
 *
 * @since 0.1
 */
public enum StageGate {
    /** Proposed, not yet looked at; the default of {@link Initiative.Builder}. */
    IDEA,
    /** Being assessed for fit and feasibility. */
    ASSESSMENT,
    /** A business case with costs and benefits is written. */
    BUSINESS_CASE,
    /** Approved for funding, not yet started. */
    APPROVED,
    /** Being delivered. */
    IN_DELIVERY,
    /** Finished or stopped. */
    CLOSED
}
