package org.itm.governance.portfolio;

/**
 * The stage gate an initiative has passed; portfolio reports group by it and selection usually considers
 * initiatives up to {@link #APPROVED}.
 */
public enum StageGate {
    IDEA,
    ASSESSMENT,
    BUSINESS_CASE,
    APPROVED,
    IN_DELIVERY,
    CLOSED
}
