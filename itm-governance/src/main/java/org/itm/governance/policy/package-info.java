/**
 * Policies for data, security and compliance as data: a {@link org.itm.governance.policy.Policy} holds
 * {@link org.itm.governance.policy.PolicyRule}s whose scope and requirement are core rule-engine
 * {@link org.itm.core.rule.ConditionDefinition}s (loadable from YAML); a
 * {@link org.itm.governance.policy.PolicyEvaluator} checks {@link org.itm.governance.policy.PolicySubject}s (services,
 * assets, initiatives) and returns a {@link org.itm.governance.policy.PolicyComplianceReport} with violations (severity,
 * owner, remediation, explanation), exceptions that expire, and a summary per policy.
 */
@NullMarked
package org.itm.governance.policy;

import org.jspecify.annotations.NullMarked;
