package org.itm.risk.identity;

/**
 * Lifecycle state of an identity.
 *
 * @since 0.1
 */
public enum IdentityStatus {
    /** Working: access is expected. */
    ACTIVE,
    /** Temporarily away (leave, investigation): access should be disabled but kept. */
    SUSPENDED,
    /** Left the organisation: every account should be disabled; enabled ones are orphaned. */
    TERMINATED
}
