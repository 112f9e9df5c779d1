package org.itm.risk.identity;

import org.itm.core.validation.Checks;

/**
 * A change to apply to access (the output of lifecycle events and certification campaigns).
 *
 * @param action     grant or revoke an entitlement, or disable an account
 * @param identityId whose access changes
 * @param target     the entitlement, or the account id for {@link Action#DISABLE_ACCOUNT}
 * @param reason     why (which rule or decision)
 */
public record AccessChange(Action action, String identityId, String target, String reason) {

    /** What to do. */
    public enum Action { GRANT, REVOKE, DISABLE_ACCOUNT }

    public AccessChange {
        Checks.notNull(action, "action");
        Checks.notBlank(identityId, "identityId");
        Checks.notBlank(target, "target");
        Checks.notBlank(reason, "reason");
    }
}
