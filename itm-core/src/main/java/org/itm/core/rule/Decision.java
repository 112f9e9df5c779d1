package org.itm.core.rule;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The result of {@link RuleSet#decide(Object)}: the outcomes of the rules that fired, and for every rule what
 * happened to it and why. Show {@link #explanation()} to people; use {@link #outcome()} or {@link #outcomes()}
 * in code.
 *
 * @param ruleSet     name of the rule set that decided
 * @param strategy    the strategy it used
 * @param evaluations one entry per rule of the set, in the order the strategy tried them (see {@link MatchStrategy})
 * @param <O>         the type of outcome
 * @since 0.1
 */
public record Decision<O>(String ruleSet, MatchStrategy strategy, List<RuleEvaluation<O>> evaluations) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param ruleSet name of the rule set that decided
     * @param strategy the strategy it used
     * @param evaluations one entry per rule of the set, in the order the strategy tried them (see {@link
     *        MatchStrategy})
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Decision {
        Checks.notBlank(ruleSet, "ruleSet");
        Checks.notNull(strategy, "strategy");
        evaluations = List.copyOf(Checks.notNull(evaluations, "evaluations"));
    }

    /**
     * Whether at least one rule fired.
     *
     * @return whether any rule fired
     */
    public boolean matched() {
        return evaluations.stream().anyMatch(RuleEvaluation::fired);
    }

    /**
     * The outcome of the first rule that fired, if any; for single-winner strategies the decision itself.
     *
     * @return the first outcome, or empty if no rule fired
     */
    public Optional<O> outcome() {
        return evaluations.stream().filter(RuleEvaluation::fired).map(RuleEvaluation::outcome).findFirst();
    }

    /**
     * The outcomes of all rules that fired, in evaluation order.
     *
     * @return the outcomes, possibly empty
     */
    public List<O> outcomes() {
        return evaluations.stream().filter(RuleEvaluation::fired).map(RuleEvaluation::outcome).toList();
    }

    /**
     * The rules that fired, in evaluation order.
     *
     * @return the fired rules' evaluations
     */
    public List<RuleEvaluation<O>> fired() {
        return evaluations.stream().filter(RuleEvaluation::fired).toList();
    }

    /**
     * The entry for the rule named {@code rule}, if the set has such a rule.
     *
     * @param rule the rule's name
     * @return its evaluation, or empty if the set has no rule {@code rule}
     */
    public Optional<RuleEvaluation<O>> evaluationOf(String rule) {
        return evaluations.stream().filter(e -> e.rule().equals(rule)).findFirst();
    }

    /**
     * The decision for people: a headline, then each rule with its status, reason, description
     * (as {@code criterion}) and condition tree, e.g.
     * <pre>
     * rule set 'incident-priority' (FIRST_MATCH): 1 of 2 rules fired: major-outage -&gt; P1
     * - major-outage (priority 0) FIRED: its condition held
     *     [held] impact eq HIGH: actual HIGH
     * - default (priority 0) NOT_EVALUATED: rule 'major-outage' fired first
     * </pre>
     *
     * @return the explanation, lines separated by {@code \n}
     */
    public String explanation() {
        StringBuilder out = new StringBuilder();
        List<RuleEvaluation<O>> fired = fired();
        out.append("rule set '").append(ruleSet).append("' (").append(strategy).append("): ");
        if (fired.isEmpty()) {
            out.append("no rule fired (").append(evaluations.size()).append(" rules)");
        } else {
            out.append(fired.size()).append(" of ").append(evaluations.size()).append(" rules fired: ");
            for (int i = 0; i < fired.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(fired.get(i).rule()).append(" -> ").append(fired.get(i).outcome());
            }
        }
        out.append('\n');
        for (RuleEvaluation<O> e : evaluations) {
            out.append("- ").append(e.rule()).append(" (priority ").append(e.priority()).append(") ")
                    .append(e.status()).append(": ").append(e.reason()).append('\n');
            if (!e.description().isEmpty()) {
                out.append("    criterion: ").append(e.description()).append('\n');
            }
            e.condition().ifPresent(c -> c.render(out, "    "));
        }
        return out.toString().stripTrailing();
    }

    @Override
    public String toString() {
        return explanation();
    }
}
