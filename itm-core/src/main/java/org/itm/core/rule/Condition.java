package org.itm.core.rule;

import java.util.List;
import java.util.function.Predicate;
import org.itm.core.rule.internal.Combinators;
import org.itm.core.validation.Checks;

/**
 * A test on a fact that explains its verdict. Build one from a predicate with {@link #of(String, Predicate)},
 * combine with {@link #all}, {@link #any} and {@link #not}, or compile one from data with
 * {@link FactSchema#condition(ConditionDefinition)}.
 *
 * <p>Implementations must be side-effect free and deterministic for a given fact, and thread-safe; the
 * conditions made by this package are.
 *
 * @param <F> the type of fact tested
 * @since 0.1
 */
public interface Condition<F> {

    /**
     * Tests {@code fact} and says why the condition held or failed.
     *
     * @param fact the fact to test
     * @return the verdict with the explanation of each part
     */
    ConditionResult evaluate(F fact);

    /**
     * The condition as text for people, e.g. {@code all(impact eq HIGH, not(vip eq true))}.
     *
     * @return the description
     */
    String description();

    /**
     * Whether the condition holds for {@code fact}; must give the same verdict as {@link #evaluate(Object)}.
     * The conditions of this package answer without building an explanation, so prefer this when only the
     * verdict matters.
     *
     * @param fact the fact to test
     * @return whether the condition holds
     */
    default boolean test(F fact) {
        return evaluate(fact).holds();
    }

    /**
     * A condition backed by a Java predicate; {@code description} is what explanations show for it, so make it
     * say what the predicate checks (e.g. {@code "service is customer-facing"}).
     *
     * @param <F> the fact type
     * @param description what the predicate checks, shown in explanations
     * @param predicate the test; side-effect free and thread-safe
     * @return the condition
     */
    static <F> Condition<F> of(String description, Predicate<? super F> predicate) {
        Checks.notBlank(description, "description");
        Checks.notNull(predicate, "predicate");
        return Combinators.predicate(description, predicate);
    }

    /**
     * A condition that always holds; use it for a default (catch-all) rule.
     *
     * @param <F> the fact type
     * @return the condition
     */
    static <F> Condition<F> always() {
        return Combinators.always();
    }

    /**
     * Holds when every part holds; evaluates parts in order and stops at the first that fails.
     *
     * @param <F> the fact type
     * @param parts the conditions, at least one
     * @return the conjunction
     */
    @SafeVarargs
    static <F> Condition<F> all(Condition<F>... parts) {
        return all(List.of(Checks.notNull(parts, "parts")));
    }

    /**
     * Holds when every part holds; evaluates parts in order and stops at the first that fails.
     *
     * @param <F> the fact type
     * @param parts the conditions, at least one
     * @return the conjunction
     */
    static <F> Condition<F> all(List<? extends Condition<F>> parts) {
        return Combinators.all(List.copyOf(Checks.notEmpty(parts, "parts")));
    }

    /**
     * Holds when at least one part holds; evaluates parts in order and stops at the first that holds.
     *
     * @param <F> the fact type
     * @param parts the conditions, at least one
     * @return the disjunction
     */
    @SafeVarargs
    static <F> Condition<F> any(Condition<F>... parts) {
        return any(List.of(Checks.notNull(parts, "parts")));
    }

    /**
     * Holds when at least one part holds; evaluates parts in order and stops at the first that holds.
     *
     * @param <F> the fact type
     * @param parts the conditions, at least one
     * @return the disjunction
     */
    static <F> Condition<F> any(List<? extends Condition<F>> parts) {
        return Combinators.any(List.copyOf(Checks.notEmpty(parts, "parts")));
    }

    /**
     * Holds when {@code condition} does not.
     *
     * @param <F> the fact type
     * @param condition the condition to negate
     * @return the negation
     */
    static <F> Condition<F> not(Condition<F> condition) {
        return Combinators.not(Checks.notNull(condition, "condition"));
    }
}
