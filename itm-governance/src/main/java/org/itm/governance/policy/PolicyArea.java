package org.itm.governance.policy;

/** The family a policy belongs to. */
public enum PolicyArea {
    DATA_CLASSIFICATION,
    RETENTION,
    SECURITY_BASELINE,
    COMPLIANCE
}
