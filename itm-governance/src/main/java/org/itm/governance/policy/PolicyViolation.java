package org.itm.governance.policy;

import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.governance.standards.ViolationSeverity;

/**
 * A subject that breaks a policy rule: severity, the subject's owner who must act, the remediation, the rule engine's
 * explanation of the failed requirement, and the exception that covers it if an active one does.
 */
public record PolicyViolation(String policyId, String ruleId, String subjectId, ViolationSeverity severity, String owner,
                              String remediation, String explanation, Optional<PolicyException> exception) {

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

    public boolean excepted() {
        return exception.isPresent();
    }
}
