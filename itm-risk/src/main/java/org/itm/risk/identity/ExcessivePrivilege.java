package org.itm.risk.identity;

import org.itm.core.validation.Checks;

/**
 * An entitlement few of an identity's peers (same department and job role) hold.
 *
 * @param identity    the identity
 * @param entitlement the unusual entitlement
 * @param peerShare   fraction of peers holding it
 * @param peers       number of peers compared with
 * @since 0.1
 */
public record ExcessivePrivilege(Identity identity, String entitlement, double peerShare, int peers) {

    /**
     * Checks the components.
     *
     * @param identity    the identity
     * @param entitlement the unusual entitlement
     * @param peerShare   fraction of peers holding it
     * @param peers       number of peers compared with
     * @throws org.itm.core.ItmValidationException naming {@code identity} when null; {@code entitlement} when blank;
     *                                             {@code peerShare} when outside [0, 1]
     */
    public ExcessivePrivilege {
        Checks.notNull(identity, "identity");
        Checks.notBlank(entitlement, "entitlement");
        Checks.fraction(peerShare, "peerShare");
    }
}
