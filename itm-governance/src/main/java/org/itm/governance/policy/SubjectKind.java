package org.itm.governance.policy;

/**
 * What a policy subject is; policies may scope rules to a kind with the {@code kind} field.
 *
 * @since 0.1
 */
public enum SubjectKind {
    /** An IT service. */
    SERVICE,
    /** A configuration item or other asset. */
    ASSET,
    /** A change initiative of the portfolio. */
    INITIATIVE
}
