package org.itm.risk.audit;

/** How the audited action ended. */
public enum AuditOutcome {
    /** The action was carried out. */
    SUCCESS,
    /** The action was attempted and failed, e.g. a deployment that errored. */
    FAILURE,
    /** The action was refused for lack of permission or approval, and nothing was attempted. */
    DENIED
}
