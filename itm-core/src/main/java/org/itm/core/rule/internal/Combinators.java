package org.itm.core.rule.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.itm.core.rule.Condition;
import org.itm.core.rule.ConditionResult;

/** The built-in conditions: predicate, always, all, any and not. */
public final class Combinators {

    private static final Condition<Object> ALWAYS = new Condition<>() {
        @Override
        public ConditionResult evaluate(Object fact) {
            return ConditionResult.leaf(description(), true, "");
        }

        @Override
        public boolean test(Object fact) {
            return true;
        }

        @Override
        public String description() {
            return "always";
        }

        @Override
        public String toString() {
            return description();
        }
    };

    private Combinators() {
    }

    @SuppressWarnings("unchecked")
    public static <F> Condition<F> always() {
        return (Condition<F>) ALWAYS;
    }

    public static <F> Condition<F> predicate(String description, Predicate<? super F> predicate) {
        return new PredicateCondition<>(description, predicate);
    }

    public static <F> Condition<F> all(List<Condition<F>> parts) {
        return new Composite<>(true, parts);
    }

    public static <F> Condition<F> any(List<Condition<F>> parts) {
        return new Composite<>(false, parts);
    }

    public static <F> Condition<F> not(Condition<F> inner) {
        return new Not<>(inner);
    }

    private record PredicateCondition<F>(String description, Predicate<? super F> predicate)
            implements Condition<F> {

        @Override
        public ConditionResult evaluate(F fact) {
            boolean holds = predicate.test(fact);
            return ConditionResult.leaf(description, holds, holds ? "predicate held" : "predicate did not hold");
        }

        @Override
        public boolean test(F fact) {
            return predicate.test(fact);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** {@code all} when {@code conjunction}, else {@code any}; both short-circuit. */
    private record Composite<F>(boolean conjunction, List<Condition<F>> parts) implements Condition<F> {

        @Override
        public ConditionResult evaluate(F fact) {
            List<ConditionResult> evaluated = new ArrayList<>(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                ConditionResult r = parts.get(i).evaluate(fact);
                evaluated.add(r);
                if (r.holds() != conjunction) {
                    String detail = "part " + (i + 1) + " of " + parts.size() + (conjunction ? " failed" : " held");
                    return new ConditionResult(description(), !conjunction, detail, evaluated);
                }
            }
            String detail = conjunction
                    ? (parts.size() == 1 ? "its part held" : "all " + parts.size() + " parts held")
                    : (parts.size() == 1 ? "its part failed" : "all " + parts.size() + " parts failed");
            return new ConditionResult(description(), conjunction, detail, evaluated);
        }

        @Override
        public boolean test(F fact) {
            for (Condition<F> part : parts) {
                if (part.test(fact) != conjunction) {
                    return !conjunction;
                }
            }
            return conjunction;
        }

        @Override
        public String description() {
            return parts.stream().map(Condition::description)
                    .collect(Collectors.joining(", ", conjunction ? "all(" : "any(", ")"));
        }

        @Override
        public String toString() {
            return description();
        }
    }

    private record Not<F>(Condition<F> inner) implements Condition<F> {

        @Override
        public ConditionResult evaluate(F fact) {
            ConditionResult r = inner.evaluate(fact);
            return new ConditionResult(description(), !r.holds(),
                    r.holds() ? "inner condition held" : "inner condition failed", List.of(r));
        }

        @Override
        public boolean test(F fact) {
            return !inner.test(fact);
        }

        @Override
        public String description() {
            return "not(" + inner.description() + ")";
        }

        @Override
        public String toString() {
            return description();
        }
    }
}
