package org.itm.risk.identity;

import org.itm.core.validation.Checks;

/**
 * A change to apply to access (the output of lifecycle events and certification campaigns).
 *
 * @param action     grant or revoke an entitlement, or disable an account
 * @param identityId whose access changes
 * @param target     the entitlement, or the account id for {@link Action#DISABLE_ACCOUNT}
 * @param reason     why (which rule or decision)
 * @since 0.1
 */
public record AccessChange(Action action, String identityId, String target, String reason) {

    /** What to do. */
    public enum Action {
        /** Give the identity the entitlement. */
        GRANT,
        /** Take the entitlement away. */
        REVOKE,
        /** Disable the account named by the target. */
        DISABLE_ACCOUNT
    }

    /**
     * Checks the components.
     *
     * @param action     grant or revoke an entitlement, or disable an account
     * @param identityId whose access changes
     * @param target     the entitlement, or the account id for {@link Action#DISABLE_ACCOUNT}
     * @param reason     why (which rule or decision)
     * @throws org.itm.core.ItmValidationException naming {@code action} when null; {@code identityId}, {@code target}
     *                                             or {@code reason} when blank
     */
    public AccessChange {
        Checks.notNull(action, "action");
        Checks.notBlank(identityId, "identityId");
        Checks.notBlank(target, "target");
        Checks.notBlank(reason, "reason");
    }
}
