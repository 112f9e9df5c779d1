package org.itm.risk.identity;

/**
 * Kind of identity.
 *
 * @since 0.1
 */
public enum IdentityType {
    /** A person employed by the organisation. */
    EMPLOYEE,
    /** A person working for the organisation under contract. */
    CONTRACTOR,
    /** A non-human identity used by software. */
    SERVICE_ACCOUNT
}
