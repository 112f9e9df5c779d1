package org.itm.governance.policy;

import java.time.LocalDate;
import org.itm.core.validation.Checks;

/** An approved exception: {@code subjectId} need not meet rule {@code ruleId} of {@code policyId} until {@code expires}. */
public record PolicyException(String policyId, String ruleId, String subjectId, String owner, LocalDate expires, String reason) {

    public PolicyException {
        Checks.id(policyId, "policyId");
        Checks.id(ruleId, "ruleId");
        Checks.id(subjectId, "subjectId");
        Checks.notBlank(owner, "owner");
        Checks.notNull(expires, "expires");
        Checks.notBlank(reason, "reason");
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
