package org.itm.governance.policy;

import java.time.LocalDate;
import org.itm.core.validation.Checks;

/**
 * An approved exception: {@code subjectId} need not meet rule {@code ruleId} of {@code policyId} until
 * {@code expires} (inclusive); the owner answers for it.
 *
 * @param policyId  the {@link Policy#id()}
 * @param ruleId    the rule's id within the policy
 * @param subjectId the {@link PolicySubject#id()} excused
 * @param owner     who answers for the exception
 * @param expires   the last day it covers
 * @param reason    why it was granted
 * @since 0.1
 */
public record PolicyException(String policyId, String ruleId, String subjectId, String owner, LocalDate expires, String reason) {

    /**
     * Checks the components.
     *
     * @param policyId  the {@link Policy#id()}
     * @param ruleId    the rule's id within the policy
     * @param subjectId the {@link PolicySubject#id()} excused
     * @param owner     who answers for the exception
     * @param expires   the last day it covers
     * @param reason    why it was granted
     * @throws org.itm.core.ItmValidationException naming {@code policyId}, {@code ruleId} or {@code subjectId} when
     *                                             not an id, {@code owner} or {@code reason} when blank, or
     *                                             {@code expires} when null
     */
    public PolicyException {
        Checks.id(policyId, "policyId");
        Checks.id(ruleId, "ruleId");
        Checks.id(subjectId, "subjectId");
        Checks.notBlank(owner, "owner");
        Checks.notNull(expires, "expires");
        Checks.notBlank(reason, "reason");
    }

    /**
     * Whether the exception still covers a day.
     *
     * @param day the day
     * @return {@code true} up to and including {@link #expires()}
     */
    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
