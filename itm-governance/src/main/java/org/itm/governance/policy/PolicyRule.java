package org.itm.governance.policy;

import org.itm.core.rule.ConditionDefinition;
import org.itm.core.validation.Checks;
import org.itm.governance.standards.ViolationSeverity;

/**
 * One requirement of a policy: subjects matching {@code appliesTo} must satisfy {@code requirement}; a subject that
 * does not is a violation of {@code severity}, fixed by {@code remediation}. Both conditions are data (see
 * {@link ConditionDefinition}).
 *
 * @param id          the rule's id within its policy
 * @param description what the rule requires, in words
 * @param severity    how bad a violation is
 * @param appliesTo   which subjects the rule applies to, e.g. {@code {field: classification, op: in, value:
 *                    [CONFIDENTIAL, SECRET]}}
 * @param requirement what those subjects must satisfy, e.g. {@code {field: encryptedAtRest, op: eq, value: true}}
 * @param remediation how to fix a violation
 */
public record PolicyRule(String id, String description, ViolationSeverity severity, ConditionDefinition appliesTo,
                         ConditionDefinition requirement, String remediation) {

    /**
     * Checks the components.
     *
     * @param id          the rule's id within its policy
     * @param description what the rule requires, in words
     * @param severity    how bad a violation is
     * @param appliesTo   which subjects the rule applies to, e.g. {@code {field: classification, op: in, value:
     *                    [CONFIDENTIAL, SECRET]}}
     * @param requirement what those subjects must satisfy, e.g. {@code {field: encryptedAtRest, op: eq, value: true}}
     * @param remediation how to fix a violation
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code description} or
     *                                             {@code remediation} when blank, or {@code severity},
     *                                             {@code appliesTo} or {@code requirement} when null
     */
    public PolicyRule {
        Checks.id(id, "id");
        Checks.notBlank(description, "description");
        Checks.notNull(severity, "severity");
        Checks.notNull(appliesTo, "appliesTo");
        Checks.notNull(requirement, "requirement");
        Checks.notBlank(remediation, "remediation");
    }
}
