package org.itm.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.governance.standards.ViolationSeverity;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

    static final String DATA_POLICY = """
            id: data-handling
            name: Data handling
            area: DATA_CLASSIFICATION
            owner: ciso
            rules:
              - id: encrypt-confidential
                description: Confidential data is encrypted at rest
                severity: HIGH
                appliesTo: {field: classification, op: in, value: [CONFIDENTIAL, SECRET]}
                requirement: {field: encryptedAtRest, op: eq, value: true}
                remediation: Enable storage encryption
              - id: retention
                description: Personal data is kept at most 730 days
                severity: MEDIUM
                appliesTo: {field: tags, op: contains, value: personal-data}
                requirement: {field: retentionDays, op: lte, value: 730}
                remediation: Shorten the retention period and purge old records
            """;

    final Clock clock = Clock.fixed(Instant.parse("2027-05-01T00:00:00Z"), ZoneOffset.UTC);

    final List<PolicySubject> subjects = List.of(
            new PolicySubject("crm", SubjectKind.SERVICE, "sales-it", Set.of("personal-data"),
                    Map.of("classification", "CONFIDENTIAL", "encryptedAtRest", "false", "retentionDays", "3650")),
            new PolicySubject("wiki", SubjectKind.SERVICE, "it-ops", Set.of(), Map.of("classification", "INTERNAL")),
            new PolicySubject("hr-db", SubjectKind.ASSET, "hr-it", Set.of("personal-data"),
                    Map.of("classification", "SECRET", "encryptedAtRest", "true", "retentionDays", "365")));

    PolicyEvaluator.Builder builder() {
        return PolicyEvaluator.builder().textAttribute("classification").flagAttribute("encryptedAtRest")
                .numberAttribute("retentionDays").policy(Policy.fromYaml(DATA_POLICY));
    }

    @Test
    void policiesLoadedFromYamlFindViolationsWithOwnerRemediationAndExplanation() {
        PolicyComplianceReport r = builder().build().evaluate(subjects, clock, ZoneId.of("UTC"));
        assertThat(r.violations()).extracting(v -> v.severity() + " " + v.subjectId() + " " + v.ruleId() + " -> " + v.owner())
                .containsExactly("HIGH crm encrypt-confidential -> sales-it", "MEDIUM crm retention -> sales-it");
        assertThat(r.violations().get(0).remediation()).isEqualTo("Enable storage encryption");
        assertThat(r.violations().get(0).explanation()).startsWith("Confidential data is encrypted at rest: ")
                .contains("encryptedAtRest");
        PolicyComplianceReport.Summary s = r.byPolicy().get("data-handling");
        // in scope: crm and hr-db; compliant: hr-db
        assertThat(s.inScope()).isEqualTo(2);
        assertThat(s.compliant()).isEqualTo(1);
        assertThat(s.compliance()).isEqualTo(0.5);
    }

    @Test
    void activeExceptionsCoverViolationsAndExpiredOnesAreReported() {
        PolicyComplianceReport r = builder()
                .exception(new PolicyException("data-handling", "retention", "crm", "cfo", LocalDate.of(2027, 12, 31), "legal hold"))
                .exception(new PolicyException("data-handling", "encrypt-confidential", "crm", "cio", LocalDate.of(2027, 4, 30), "migration"))
                .build().evaluate(subjects, clock, ZoneId.of("UTC"));
        assertThat(r.open()).extracting(PolicyViolation::ruleId).containsExactly("encrypt-confidential");
        assertThat(r.byPolicy().get("data-handling").excepted()).isEqualTo(1);
        assertThat(r.expiredExceptions()).containsExactly(
                "exception to data-handling/encrypt-confidential for crm (owner cio) expired on 2027-04-30");
    }

    @Test
    void unknownFieldsFailWhenTheEvaluatorIsBuilt() {
        assertThatThrownBy(() -> PolicyEvaluator.builder().policy(Policy.fromYaml(DATA_POLICY)).build())
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("policies[data-handling].rules[encrypt-confidential]");
    }

    @Test
    void rulesCanBeScopedByKind() {
        Policy p = new Policy("baseline", "Security baseline", PolicyArea.SECURITY_BASELINE, "ciso", List.of(
                new PolicyRule("mfa", "Services enforce MFA", ViolationSeverity.CRITICAL,
                        org.itm.core.rule.ConditionDefinition.fromYaml("{field: kind, op: eq, value: SERVICE}"),
                        org.itm.core.rule.ConditionDefinition.fromYaml("{field: tags, op: contains, value: mfa}"),
                        "Put the service behind the SSO with MFA")));
        PolicyComplianceReport r = PolicyEvaluator.builder().policy(p).build().evaluate(subjects, clock, ZoneId.of("UTC"));
        assertThat(r.violations()).extracting(PolicyViolation::subjectId).containsExactly("crm", "wiki");
        assertThat(r.byPolicy().get("baseline").inScope()).isEqualTo(2);
    }
}
