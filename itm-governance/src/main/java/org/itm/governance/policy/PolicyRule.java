package org.itm.governance.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.validation.Identifier;
import org.itm.core.validation.Validation;
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
 * @since 0.1
 */
public record PolicyRule(@NotNull @Identifier String id, @NotBlank String description,
                         @NotNull ViolationSeverity severity, @NotNull ConditionDefinition appliesTo,
                         @NotNull ConditionDefinition requirement, @NotBlank String remediation) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param id          identifier, unique within the policy, e.g. {@code encrypt-confidential}
     * @param description the requirement in words
     * @param severity    the severity of a violation
     * @param appliesTo   which subjects the rule applies to
     * @param requirement what a subject it applies to must satisfy
     * @param remediation how to fix a violation
     * @throws org.itm.core.ItmValidationException naming every bad field
     */
    public PolicyRule {
        Validation.validateComponents(PolicyRule.class, id, description, severity, appliesTo, requirement,
                remediation);
    }
}
