package org.itm.risk.identity;

import org.itm.core.validation.Checks;

/**
 * An entitlement few of an identity's peers (same department and job role) hold.
 *
 * @param identity    the identity
 * @param entitlement the unusual entitlement
 * @param peerShare   fraction of peers holding it
 * @param peers       number of peers compared with
 */
public record ExcessivePrivilege(Identity identity, String entitlement, double peerShare, int peers) {

    public ExcessivePrivilege {
        Checks.notNull(identity, "identity");
        Checks.notBlank(entitlement, "entitlement");
        Checks.fraction(peerShare, "peerShare");
    }
}
