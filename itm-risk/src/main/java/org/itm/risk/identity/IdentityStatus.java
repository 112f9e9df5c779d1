package org.itm.risk.identity;

/** Lifecycle state of an identity. */
public enum IdentityStatus {
    ACTIVE, SUSPENDED, TERMINATED
}
