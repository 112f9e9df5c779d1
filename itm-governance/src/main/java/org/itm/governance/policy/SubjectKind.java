package org.itm.governance.policy;

/** What a policy subject is; policies may scope rules to a kind with the {@code kind} field. */
public enum SubjectKind {
    SERVICE,
    ASSET,
    INITIATIVE
}
