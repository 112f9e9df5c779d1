package org.itm.governance.policy;

import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.governance.standards.ViolationSeverity;

/**
 * A subject that breaks a policy rule: severity, the subject's owner who must act, the remediation, the rule engine's
 * explanation of the failed requirement, and the exception that covers it if an active one does.
 *
 * @param policyId    the policy
 * @param ruleId      the rule broken
 * @param subjectId   the subject that breaks it
 * @param severity    the rule's severity
 * @param owner       the subject's owner, who must act
 * @param remediation what to do, from the rule
 * @param explanation the rule's description and why the requirement failed, e.g.
 *                    {@code "Confidential data is encrypted at rest: [failed] encryptedAtRest eq true:
 *                    actual false"}
 * @param exception   the active exception that covers it; empty for an open violation
 * @since 0.1
 */
public record PolicyViolation(String policyId, String ruleId, String subjectId, ViolationSeverity severity, String owner,
                              String remediation, String explanation, Optional<PolicyException> exception) {

    /**
     * Checks the components.
     *
     * @param policyId    the policy
     * @param ruleId      the rule broken
     * @param subjectId   the subject that breaks it
     * @param severity    the rule's severity
     * @param owner       the subject's owner, who must act
     * @param remediation what to do, from the rule
     * @param explanation the rule's description and why the requirement failed, e.g.
     *                    {@code "Confidential data is encrypted at rest: [failed] encryptedAtRest eq true:
     *                    actual false"}
     * @param exception   the active exception that covers it; empty for an open violation
     * @throws org.itm.core.ItmValidationException naming {@code policyId}, {@code ruleId}, {@code subjectId},
     *                                             {@code owner}, {@code remediation} or {@code explanation} when
     *                                             blank, or {@code severity} or {@code exception} when null
     */
    public PolicyViolation {
        Checks.notBlank(policyId, "policyId");
        Checks.notBlank(ruleId, "ruleId");
        Checks.notBlank(subjectId, "subjectId");
        Checks.notNull(severity, "severity");
        Checks.notBlank(owner, "owner");
        Checks.notBlank(remediation, "remediation");
        Checks.notBlank(explanation, "explanation");
        Checks.notNull(exception, "exception");
    }

    /**
     * Whether an active exception covers the violation.
     *
     * @return {@code true} when {@link #exception()} is present
     */
    public boolean excepted() {
        return exception.isPresent();
    }
}
