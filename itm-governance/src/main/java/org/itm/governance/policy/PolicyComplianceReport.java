package org.itm.governance.policy;

import java.util.List;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * Violations (most severe first) and, per policy, how many subjects it covers and how many comply. Made by
 * {@link PolicyEvaluator#evaluate}.
 *
 * @param violations        every violation, open or excepted, most severe first, then by policy, subject and rule;
 *                          copied
 * @param byPolicy          policy id → its summary, for every policy evaluated; copied
 * @param expiredExceptions one note per expired exception of a violation, e.g.
 *                          {@code "exception to data-handling/encrypt-confidential for legacy-crm (owner cio)
 *                          expired on 2027-06-30"}; copied
 * @since 0.1
 */
public record PolicyComplianceReport(List<PolicyViolation> violations, Map<String, Summary> byPolicy, List<String> expiredExceptions) {

    /**
     * Copies the collections.
     *
     * @param violations        every violation, open or excepted, most severe first, then by policy, subject and rule;
     *                          copied
     * @param byPolicy          policy id → its summary, for every policy evaluated; copied
     * @param expiredExceptions one note per expired exception of a violation, e.g.
     *                          {@code "exception to data-handling/encrypt-confidential for legacy-crm (owner cio)
     *                          expired on 2027-06-30"}; copied
     */
    public PolicyComplianceReport {
        violations = List.copyOf(violations);
        byPolicy = Map.copyOf(byPolicy);
        expiredExceptions = List.copyOf(expiredExceptions);
    }

    /**
     * One policy's compliance: subjects in scope of at least one rule, subjects with no open violation, open
     * violations, excepted ones, and the compliant share (1 when nothing is in scope).
     *
     * @param policyId       the policy
     * @param inScope        subjects at least one of its rules applies to
     * @param compliant      of those, subjects with no open violation (an excepted one counts as compliant)
     * @param openViolations violations no active exception covers
     * @param excepted       violations an active exception covers
     * @param compliance     {@code compliant / inScope}, in [0, 1]; 1 when nothing is in scope
     */
    public record Summary(String policyId, int inScope, int compliant, int openViolations, int excepted, double compliance) {
        /**
         * Checks the policy id.
         *
         * @param policyId       the policy; not blank
         * @param inScope        subjects in scope
         * @param compliant      compliant subjects
         * @param openViolations open violations
         * @param excepted       excepted violations
         * @param compliance     the compliant share
         * @throws org.itm.core.ItmValidationException naming {@code policyId} when blank
         */
        public Summary {
            Checks.notBlank(policyId, "policyId");
        }
    }

    /**
     * Violations no active exception covers: the work to do.
     *
     * @return the open violations, most severe first
     */
    public List<PolicyViolation> open() {
        return violations.stream().filter(v -> !v.excepted()).toList();
    }
}
