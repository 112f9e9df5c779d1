package org.itm.governance.policy;

import java.util.List;
import java.util.Map;
import org.itm.core.validation.Checks;

/** Violations (most severe first) and, per policy, how many subjects it covers and how many comply. */
public record PolicyComplianceReport(List<PolicyViolation> violations, Map<String, Summary> byPolicy, List<String> expiredExceptions) {

    public PolicyComplianceReport {
        violations = List.copyOf(violations);
        byPolicy = Map.copyOf(byPolicy);
        expiredExceptions = List.copyOf(expiredExceptions);
    }

    /**
     * One policy's compliance: subjects in scope of at least one rule, subjects with no open violation, open
     * violations, excepted ones, and the compliant share (1 when nothing is in scope).
     */
    public record Summary(String policyId, int inScope, int compliant, int openViolations, int excepted, double compliance) {
        public Summary {
            Checks.notBlank(policyId, "policyId");
        }
    }

    public List<PolicyViolation> open() {
        return violations.stream().filter(v -> !v.excepted()).toList();
    }
}
