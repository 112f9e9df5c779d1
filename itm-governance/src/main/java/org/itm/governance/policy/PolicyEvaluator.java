package org.itm.governance.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.itm.core.ItmValidationException;
import org.itm.core.rule.Condition;
import org.itm.core.rule.ConditionResult;
import org.itm.core.rule.FactSchema;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Evaluates policies against subjects with the core rule engine. Declare the attributes policies may use (and
 * whether they are text, numbers or yes/no) in the builder; every policy is compiled when the evaluator is built,
 * so an unknown field or ill-typed value fails then, naming the policy and rule.
 *
 * <p>Fields available to conditions: {@code id}, {@code kind} (SERVICE/ASSET/INITIATIVE), {@code owner},
 * {@code tags} (use {@code contains}) and the declared attributes; an attribute a subject does not have is absent,
 * and comparisons on it do not hold.
 *
 * @since 0.1
 */
public final class PolicyEvaluator {

    private record Compiled(Policy policy, PolicyRule rule, Condition<PolicySubject> scope, Condition<PolicySubject> requirement) {
    }

    private final List<Compiled> compiled;
    private final List<Policy> policies;
    private final List<PolicyException> exceptions;

    private PolicyEvaluator(List<Policy> policies, List<Compiled> compiled, List<PolicyException> exceptions) {
        this.policies = policies;
        this.compiled = compiled;
        this.exceptions = exceptions;
    }

    /**
     * Starts an evaluator with the fields {@code id}, {@code kind}, {@code owner} and {@code tags} and no policies.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates every rule of every policy against every subject on today's date in {@code zone}. A subject in a
     * rule's scope that fails its requirement is a violation, excepted when an exception of that policy, rule and
     * subject is active today; an expired one is noted.
     *
     * @param subjects the services, assets or initiatives
     * @param clock    gives today's date
     * @param zone     the zone the date is taken in
     * @return the violations and the per-policy compliance
     * @throws ItmValidationException naming {@code subjects}, {@code clock} or {@code zone} when null, or
     *                                {@code subjects[ID].attributes.NAME} when a number attribute does not parse
     */
    public PolicyComplianceReport evaluate(Collection<PolicySubject> subjects, Clock clock, ZoneId zone) {
        Checks.notNull(subjects, "subjects");
        LocalDate today = LocalDate.ofInstant(Checks.notNull(clock, "clock").instant(), Checks.notNull(zone, "zone"));
        List<PolicyViolation> out = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        Map<String, Set<String>> inScope = new LinkedHashMap<>();
        Map<String, Set<String>> failing = new LinkedHashMap<>();
        policies.forEach(p -> {
            inScope.put(p.id(), new HashSet<>());
            failing.put(p.id(), new HashSet<>());
        });
        for (PolicySubject s : subjects) {
            for (Compiled c : compiled) {
                if (!c.scope().test(s)) {
                    continue;
                }
                // both maps hold every policy's id (filled above)
                Objects.requireNonNull(inScope.get(c.policy().id())).add(s.id());
                ConditionResult r = c.requirement().evaluate(s);
                if (r.holds()) {
                    continue;
                }
                Optional<PolicyException> ex = exceptions.stream().filter(e -> e.policyId().equals(c.policy().id())
                        && e.ruleId().equals(c.rule().id()) && e.subjectId().equals(s.id()) && e.activeOn(today)).findFirst();
                exceptions.stream().filter(e -> e.policyId().equals(c.policy().id()) && e.ruleId().equals(c.rule().id())
                        && e.subjectId().equals(s.id()) && !e.activeOn(today))
                        .forEach(e -> expired.add("exception to " + c.policy().id() + "/" + c.rule().id() + " for " + s.id()
                                + " (owner " + e.owner() + ") expired on " + e.expires()));
                if (ex.isEmpty()) {
                    Objects.requireNonNull(failing.get(c.policy().id())).add(s.id());
                }
                out.add(new PolicyViolation(c.policy().id(), c.rule().id(), s.id(), c.rule().severity(), s.owner(),
                        c.rule().remediation(), c.rule().description() + ": " + r.render().strip(), ex));
            }
        }
        out.sort(Comparator.comparing(PolicyViolation::severity).reversed().thenComparing(PolicyViolation::policyId)
                .thenComparing(PolicyViolation::subjectId).thenComparing(PolicyViolation::ruleId));
        Map<String, PolicyComplianceReport.Summary> summaries = new TreeMap<>();
        for (Policy p : policies) {
            int scope = Objects.requireNonNull(inScope.get(p.id())).size();
            int bad = Objects.requireNonNull(failing.get(p.id())).size();
            int open = (int) out.stream().filter(v -> v.policyId().equals(p.id()) && !v.excepted()).count();
            int excepted = (int) out.stream().filter(v -> v.policyId().equals(p.id()) && v.excepted()).count();
            summaries.put(p.id(), new PolicyComplianceReport.Summary(p.id(), scope, scope - bad, open, excepted,
                    scope == 0 ? 1.0 : (scope - bad) / (double) scope));
        }
        return new PolicyComplianceReport(out, summaries, expired);
    }

    /** Declares attributes and collects policies and exceptions; {@link #build()} compiles every rule. */
    public static final class Builder {
        private final FactSchema.Builder<PolicySubject> schema = FactSchema.<PolicySubject>builder()
                .string("id", PolicySubject::id)
                .enumeration("kind", SubjectKind.class, PolicySubject::kind)
                .string("owner", PolicySubject::owner)
                .strings("tags", PolicySubject::tags);
        private final List<Policy> policies = new ArrayList<>();
        private final List<PolicyException> exceptions = new ArrayList<>();

        private Builder() {
        }

        /**
         * Declares a text attribute rules may use.
         *
         * @param name the attribute's key in {@link PolicySubject#attributes()}
         * @return this builder
         * @throws ItmValidationException naming {@code name} at once when it is not an id
         */
        public Builder textAttribute(String name) {
            schema.string(Checks.id(name, "name"), s -> s.attributes().get(name));
            return this;
        }

        /**
         * Declares a numeric attribute; a subject whose value does not parse as a number fails evaluation with the
         * path.
         *
         * @param name the attribute's key
         * @return this builder
         * @throws ItmValidationException naming {@code name} at once when it is not an id
         */
        public Builder numberAttribute(String name) {
            schema.number(Checks.id(name, "name"), s -> {
                String v = s.attributes().get(name);
                if (v == null) {
                    return null;
                }
                try {
                    return new BigDecimal(v.trim());
                } catch (NumberFormatException e) {
                    throw new ItmValidationException("subjects[" + s.id() + "].attributes." + name, "must be a number, was '" + v + "'");
                }
            });
            return this;
        }

        /**
         * Declares a yes/no attribute: {@code true} in any case is yes, any other value no.
         *
         * @param name the attribute's key
         * @return this builder
         * @throws ItmValidationException naming {@code name} at once when it is not an id
         */
        public Builder flagAttribute(String name) {
            schema.bool(Checks.id(name, "name"), s -> {
                String v = s.attributes().get(name);
                return v == null ? null : Boolean.valueOf(v.trim().equalsIgnoreCase("true"));
            });
            return this;
        }

        /**
         * Adds a policy to evaluate.
         *
         * @param policy the policy
         * @return this builder
         * @throws ItmValidationException naming {@code policy} at once when null
         */
        public Builder policy(Policy policy) {
            policies.add(Checks.notNull(policy, "policy"));
            return this;
        }

        /**
         * Adds an approved exception, active or expired.
         *
         * @param exception the exception
         * @return this builder
         * @throws ItmValidationException naming {@code exception} at once when null
         */
        public Builder exception(PolicyException exception) {
            exceptions.add(Checks.notNull(exception, "exception"));
            return this;
        }

        /**
         * Compiles every rule of every policy.
         *
         * @return an immutable evaluator
         * @throws ItmValidationException naming every problem at once: {@code policies[ID]} for a policy added
         *                                twice, {@code policies[ID].rules[RULE]} with the condition's path for an
         *                                unknown field or ill-typed value, {@code exceptions[SUBJECT]} for an
         *                                exception of an unknown policy rule
         */
        public PolicyEvaluator build() {
            FactSchema<PolicySubject> s = schema.build();
            Violations v = new Violations();
            Set<String> ids = new HashSet<>();
            List<Compiled> compiled = new ArrayList<>();
            for (Policy p : policies) {
                v.require(ids.add(p.id()), "policies[" + p.id() + "]", "appears more than once");
                for (PolicyRule r : p.rules()) {
                    String path = "policies[" + p.id() + "].rules[" + r.id() + "]";
                    try {
                        compiled.add(new Compiled(p, r, s.condition(r.appliesTo()), s.condition(r.requirement())));
                    } catch (ItmValidationException e) {
                        v.addAll(path, e);
                    }
                }
            }
            for (PolicyException e : exceptions) {
                v.require(policies.stream().anyMatch(p -> p.id().equals(e.policyId())
                                && p.rules().stream().anyMatch(r -> r.id().equals(e.ruleId()))),
                        "exceptions[" + e.subjectId() + "]", "names unknown policy rule " + e.policyId() + "/" + e.ruleId());
            }
            v.throwIfAny();
            return new PolicyEvaluator(List.copyOf(policies), compiled, List.copyOf(exceptions));
        }
    }
}
