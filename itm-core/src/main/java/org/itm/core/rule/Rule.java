package org.itm.core.rule;

import java.util.function.Predicate;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * One rule: when {@link #condition()} holds for a fact, the rule fires and yields {@link #outcome()}.
 * Create with {@link #of(String, Condition, Object)} or {@link #builder(String)}; group rules in a {@link RuleSet}.
 *
 * @param name        unique name within its rule set, shown in explanations; 1–{@value #MAX_NAME_LENGTH} characters
 * @param description what the rule is for, in words (the documented decision criterion); may be empty
 * @param priority    larger fires first under {@link MatchStrategy#HIGHEST_PRIORITY} and is listed first under
 *                    {@link MatchStrategy#ALL_MATCHES}; ignored by {@link MatchStrategy#FIRST_MATCH}
 * @param condition   when the rule fires
 * @param outcome     what the rule yields when it fires; never null
 * @param <F>         the type of fact the rule tests
 * @param <O>         the type of outcome
 * @since 0.1
 */
public record Rule<F, O>(String name, String description, int priority, Condition<F> condition, O outcome) {

    /** Longest accepted rule name. */
    public static final int MAX_NAME_LENGTH = 128;

    /**
     * Checks every component.
     *
     * @param name unique name within its rule set
     * @param description what the rule is for; may be empty
     * @param priority larger is preferred
     * @param condition when the rule fires
     * @param outcome what the rule yields
     * @throws org.itm.core.ItmValidationException naming each bad component
     */
    public Rule {
        Violations v = new Violations();
        if (v.require(name != null && !name.isBlank(), "name", "must not be blank")) {
            v.require(name.length() <= MAX_NAME_LENGTH, "name",
                    "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        v.require(description != null, "description", "must not be null (use \"\" for none)");
        v.require(condition != null, "condition", "must not be null (use Condition.always() for a catch-all)");
        v.require(outcome != null, "outcome", "must not be null");
        v.throwIfAny();
    }

    /**
     * A rule with priority 0 and no description.
     *
     * @param <F> the fact type
     * @param <O> the outcome type
     * @param name unique name within its rule set, shown in explanations
     * @param condition when the rule fires
     * @param outcome what the rule yields when it fires
     * @return the rule
     */
    public static <F, O> Rule<F, O> of(String name, Condition<F> condition, O outcome) {
        return new Rule<>(name, "", 0, condition, outcome);
    }

    /**
     * Starts a rule named {@code name}; set at least the condition and the outcome.
     *
     * @param <F> the fact type
     * @param <O> the outcome type
     * @param name unique name within its rule set, shown in explanations
     * @return the builder
     */
    public static <F, O> Builder<F, O> builder(String name) {
        return new Builder<>(name);
    }

    @Override
    public String toString() {
        return "rule '" + name + "' (priority " + priority + "): when " + condition.description() + " then "
                + outcome;
    }

    /** Builds a {@link Rule}; {@link #build()} reports every missing or bad property at once. */
    public static final class Builder<F, O> {

        private final String name;
        private String description = "";
        private int priority;
        private @Nullable Condition<F> condition;
        private @Nullable O outcome;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * What the rule is for, in words.
         *
         * @param description the decision criterion, in words
         * @return this builder
         */
        public Builder<F, O> description(String description) {
            this.description = Checks.notNull(description, "description");
            return this;
        }

        /**
         * Larger is preferred; default 0.
         *
         * @param priority any int; larger is preferred
         * @return this builder
         */
        public Builder<F, O> priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * The condition under which the rule fires.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder<F, O> when(Condition<F> condition) {
            this.condition = Checks.notNull(condition, "condition");
            return this;
        }

        /**
         * Shorthand for {@code when(Condition.of(description, predicate))}.
         *
         * @param description what the predicate checks, shown in explanations
         * @param predicate the test; side-effect free and thread-safe
         * @return this builder
         */
        public Builder<F, O> when(String description, Predicate<? super F> predicate) {
            return when(Condition.of(description, predicate));
        }

        /**
         * What the rule yields when it fires.
         *
         * @param outcome the outcome; not null
         * @return this builder
         */
        public Builder<F, O> then(O outcome) {
            this.outcome = Checks.notNull(outcome, "outcome");
            return this;
        }

        /**
         * The rule; throws {@link org.itm.core.ItmValidationException} naming each bad or missing property.
         *
         * @return the rule
         */
        public Rule<F, O> build() {
            return new Rule<>(name, description, priority, Checks.toValidate(condition), Checks.toValidate(outcome));
        }
    }
}
