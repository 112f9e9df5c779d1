package org.itm.governance.policy;

/**
 * The family a policy belongs to.
 *
 * @since 0.1
 */
public enum PolicyArea {
    /** How data is classified and handled per class (encryption, sharing). */
    DATA_CLASSIFICATION,
    /** How long records are kept and when they are deleted. */
    RETENTION,
    /** The minimum security configuration of services and assets. */
    SECURITY_BASELINE,
    /** Legal, regulatory and contractual obligations. */
    COMPLIANCE
}
