package org.itm.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class PolicyValidationTest {

    private static final String RULE = """
              - id: encrypt-confidential
                description: Confidential data is encrypted at rest
                severity: HIGH
                appliesTo: {field: classification, op: in, value: [CONFIDENTIAL, SECRET]}
                requirement: {field: encryptedAtRest, op: eq, value: true}
                remediation: Enable storage encryption
            """;

    @Test
    void aBadPolicyDocumentReportsEveryViolationAtOnce() {
        String yaml = "id: data handling\nname: ''\nowner: ' '\nrules:\n" + RULE + RULE;
        assertThatThrownBy(() -> Policy.fromYaml(yaml))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .containsExactlyInAnyOrder(
                                new Violation("area", "must not be null"),
                                new Violation("id", "must be 1-128 characters of letters, digits or ._:@/- starting"
                                        + " with a letter or digit, was 'data handling'"),
                                new Violation("name", "must not be blank"),
                                new Violation("owner", "must not be blank"),
                                new Violation("rules[encrypt-confidential]", "appears more than once")));
    }

    @Test
    void aBadRuleIsReportedWithEveryFieldUnderItsPath() {
        String yaml = """
                id: data-handling
                name: Data handling
                area: DATA_CLASSIFICATION
                owner: ciso
                rules:
                  - id: encrypt-confidential
                    description: " "
                    appliesTo: {field: classification, op: in, value: [CONFIDENTIAL, SECRET]}
                    requirement: {field: encryptedAtRest, op: eq, value: true}
                """;
        assertThatThrownBy(() -> Policy.fromYaml(yaml))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .containsExactlyInAnyOrder(
                                new Violation("$.rules[0].description", "must not be blank"),
                                new Violation("$.rules[0].remediation", "must not be blank"),
                                new Violation("$.rules[0].severity", "must not be null")));
    }

    @Test
    void aPolicyNeedsARule() {
        assertThatThrownBy(() -> Policy.fromYaml("id: p\nname: P\narea: DATA_CLASSIFICATION\nowner: ciso\nrules: []"))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("rules", "must not be empty")));
    }
}
