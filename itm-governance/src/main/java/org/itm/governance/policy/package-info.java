/**
 * Policies for data, security and compliance as data, checked against the services, assets and initiatives they
 * govern, with the owner who must act on each breach.
 *
 * <p>A {@link org.itm.governance.policy.Policy} holds {@link org.itm.governance.policy.PolicyRule}s whose scope and
 * requirement are core rule-engine {@link org.itm.core.rule.ConditionDefinition}s (loadable from YAML); a
 * {@link org.itm.governance.policy.PolicyEvaluator} checks {@link org.itm.governance.policy.PolicySubject}s
 * (services, assets, initiatives) and returns a {@link org.itm.governance.policy.PolicyComplianceReport} with
 * violations (severity, owner, remediation, explanation), exceptions that expire, and a summary per policy. The entry
 * point is {@link org.itm.governance.policy.PolicyEvaluator#builder()}: declare the attributes rules may use, add
 * policies (e.g. {@link org.itm.governance.policy.Policy#fromYaml}) and approved
 * {@link org.itm.governance.policy.PolicyException}s; {@code build()} compiles every rule and names the policy and
 * rule of any unknown field.
 *
 * <pre>{@code
 * Policy policy = Policy.fromYaml("""
 *         id: data-handling
 *         name: Data handling
 *         area: DATA_CLASSIFICATION
 *         owner: ciso
 *         rules:
 *           - id: encrypt-confidential
 *             description: Confidential data is encrypted at rest
 *             severity: HIGH
 *             appliesTo: {field: classification, op: in, value: [CONFIDENTIAL, SECRET]}
 *             requirement: {field: encryptedAtRest, op: eq, value: true}
 *             remediation: Enable storage encryption
 *         """);
 * PolicyEvaluator evaluator = PolicyEvaluator.builder()
 *         .textAttribute("classification").flagAttribute("encryptedAtRest")
 *         .policy(policy)
 *         .exception(new PolicyException("data-handling", "encrypt-confidential", "legacy-crm", "cio",
 *                 LocalDate.of(2027, 6, 30), "replaced in Q3"))
 *         .build();
 * List<PolicySubject> subjects = List.of(
 *         new PolicySubject("billing-db", SubjectKind.ASSET, "dba-team", Set.of(),
 *                 Map.of("classification", "CONFIDENTIAL", "encryptedAtRest", "false")),
 *         new PolicySubject("legacy-crm", SubjectKind.SERVICE, "sales-it", Set.of(),
 *                 Map.of("classification", "SECRET", "encryptedAtRest", "false")),
 *         new PolicySubject("hr-db", SubjectKind.ASSET, "dba-team", Set.of(),
 *                 Map.of("classification", "CONFIDENTIAL", "encryptedAtRest", "true")),
 *         new PolicySubject("wiki", SubjectKind.SERVICE, "it", Set.of(), Map.of("classification", "INTERNAL")));
 *
 * PolicyComplianceReport report = evaluator.evaluate(subjects,
 *         Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);
 * List<PolicyViolation> open = report.open();   // billing-db, owner dba-team: "Confidential data is encrypted at
 *                                               //   rest: [failed] encryptedAtRest eq true: actual false"
 * PolicyComplianceReport.Summary summary = report.byPolicy().get("data-handling");
 * // inScope 3 (wiki is INTERNAL), compliant 2 (legacy-crm is excepted), openViolations 1, excepted 1
 * }</pre>
 */
@NullMarked
package org.itm.governance.policy;

import org.jspecify.annotations.NullMarked;
