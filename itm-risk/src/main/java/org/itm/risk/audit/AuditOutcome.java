package org.itm.risk.audit;

/**
 * How the audited action ended.
 *
 * @since 0.1
 */
public enum AuditOutcome {
    /** The action was carried out. */
    SUCCESS,
    /** The action was attempted and failed, e.g. a deployment that errored. */
    FAILURE,
    /** The action was refused for lack of permission or approval, and nothing was attempted. */
    DENIED
}
