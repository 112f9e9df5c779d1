package org.itm.risk.identity;

/** Kind of identity. */
public enum IdentityType {
    EMPLOYEE, CONTRACTOR, SERVICE_ACCOUNT
}
