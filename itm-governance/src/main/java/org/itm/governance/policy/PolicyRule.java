package org.itm.governance.policy;

import org.itm.core.rule.ConditionDefinition;
import org.itm.core.validation.Checks;
import org.itm.governance.standards.ViolationSeverity;

/**
 * One requirement of a policy: subjects matching {@code appliesTo} must satisfy {@code requirement}; a subject that
 * does not is a violation of {@code severity}, fixed by {@code remediation}. Both conditions are data (see
 * {@link ConditionDefinition}).
 */
public record PolicyRule(String id, String description, ViolationSeverity severity, ConditionDefinition appliesTo,
                         ConditionDefinition requirement, String remediation) {

    public PolicyRule {
        Checks.id(id, "id");
        Checks.notBlank(description, "description");
        Checks.notNull(severity, "severity");
        Checks.notNull(appliesTo, "appliesTo");
        Checks.notNull(requirement, "requirement");
        Checks.notBlank(remediation, "remediation");
    }
}
