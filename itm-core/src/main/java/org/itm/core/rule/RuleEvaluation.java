package org.itm.core.rule;

import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * What happened to one rule in a {@link Decision}: whether it fired, and why or why not.
 *
 * @param rule        the rule's name
 * @param description the rule's description (its decision criterion in words); may be empty
 * @param priority  the rule's priority
 * @param outcome   the outcome the rule yields when it fires (also shown for rules that did not fire)
 * @param status    fired, not matched, or not evaluated
 * @param condition the condition's result; empty when the rule was not evaluated
 * @param reason    one sentence saying why the rule has its status
 * @param <O>       the type of outcome
 * @since 0.1
 */
public record RuleEvaluation<O>(String rule, String description, int priority, O outcome, Status status,
                                Optional<ConditionResult> condition, String reason) {

    /** What happened to a rule. */
    public enum Status {
        /** The condition held and the strategy selected the rule; its outcome is part of the decision. */
        FIRED,
        /** The condition was evaluated and did not hold. */
        NOT_MATCHED,
        /** The strategy stopped before reaching the rule because an earlier rule fired. */
        NOT_EVALUATED
    }

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param rule the rule's name
     * @param description the rule's description (its decision criterion in words); may be empty
     * @param priority the rule's priority
     * @param outcome the outcome the rule yields when it fires (also shown for rules that did not fire)
     * @param status fired, not matched, or not evaluated
     * @param condition the condition's result; empty when the rule was not evaluated
     * @param reason one sentence saying why the rule has its status
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public RuleEvaluation {
        Checks.notBlank(rule, "rule");
        Checks.notNull(description, "description");
        Checks.notNull(outcome, "outcome");
        Checks.notNull(status, "status");
        Checks.notNull(condition, "condition");
        Checks.notBlank(reason, "reason");
        Checks.require(condition.isPresent() == (status != Status.NOT_EVALUATED), "condition",
                "must be present exactly when the rule was evaluated");
    }

    /**
     * Whether the rule fired.
     *
     * @return whether the rule's status is fired
     */
    public boolean fired() {
        return status == Status.FIRED;
    }
}
