package org.itm.core.notify;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;

/**
 * When a {@link Route} applies: a test on the notification plus a description that appears in routing
 * explanations. Combine the factories ({@link #severityAtLeast}, {@link #channelIn}, {@link #attributeEquals},
 * ...) with {@link #and}, {@link #or} and {@link #negate}, or wrap any predicate with {@link #of}.
 *
 * @param description what the condition checks, e.g. {@code severity >= MAJOR}; shown in explanations
 * @param predicate   the test itself; must be side-effect free and thread-safe
 * @since 0.1
 */
public record RouteCondition(String description, Predicate<Notification> predicate) {

    /**
     * Checks that both components are present.
     *
     * @param description what the condition checks; not blank
     * @param predicate the test
     * @throws org.itm.core.ItmValidationException if {@code description} is blank or {@code predicate} is null
     */
    public RouteCondition {
        Checks.notBlank(description, "description");
        Checks.notNull(predicate, "predicate");
    }

    /**
     * A condition described as {@code description} that holds when {@code predicate} does.
     *
     * @param description what the predicate checks, shown in explanations
     * @param predicate the test; side-effect free and thread-safe
     * @return the condition
     */
    public static RouteCondition of(String description, Predicate<Notification> predicate) {
        return new RouteCondition(description, predicate);
    }

    /**
     * Holds for every notification; use it for a catch-all last route.
     *
     * @return the catch-all condition
     */
    public static RouteCondition always() {
        return new RouteCondition("always", n -> true);
    }

    /**
     * Holds when the severity is {@code minimum} or more severe.
     *
     * @param minimum the least severe severity that still matches
     * @return the condition
     */
    public static RouteCondition severityAtLeast(Severity minimum) {
        Checks.notNull(minimum, "minimum");
        return new RouteCondition("severity >= " + minimum, n -> n.severity().atLeast(minimum));
    }

    /**
     * Holds when the severity is one of {@code severities}.
     *
     * @param severities the matching severities, at least one
     * @return the condition
     */
    public static RouteCondition severityIn(Severity... severities) {
        Checks.notNull(severities, "severities");
        Checks.require(severities.length > 0, "severities", "must name at least one severity");
        Set<Severity> set = EnumSet.copyOf(Arrays.asList(severities));
        return new RouteCondition("severity in " + set, n -> set.contains(n.severity()));
    }

    /**
     * Holds when the notification's channel is one of {@code channels}.
     *
     * @param channels the matching channels, at least one, compared exactly
     * @return the condition
     */
    public static RouteCondition channelIn(String... channels) {
        Checks.notNull(channels, "channels");
        Checks.require(channels.length > 0, "channels", "must name at least one channel");
        List<String> list = List.of(channels);
        Set<String> set = Set.copyOf(list);
        String text = list.size() == 1 ? "channel = " + list.get(0) : "channel in " + list;
        return new RouteCondition(text, n -> set.contains(n.channel()));
    }

    /**
     * Holds when attribute {@code key} is present with exactly {@code value}.
     *
     * @param key the attribute key
     * @param value the value it must have, compared exactly
     * @return the condition
     */
    public static RouteCondition attributeEquals(String key, String value) {
        Checks.notBlank(key, "key");
        Checks.notNull(value, "value");
        return new RouteCondition("attributes." + key + " = '" + value + "'",
                n -> value.equals(n.attributes().get(key)));
    }

    /**
     * Holds when attribute {@code key} is present, whatever its value.
     *
     * @param key the attribute key
     * @return the condition
     */
    public static RouteCondition hasAttribute(String key) {
        Checks.notBlank(key, "key");
        return new RouteCondition("has attributes." + key, n -> n.attributes().containsKey(key));
    }

    /**
     * Whether the condition holds for {@code notification}.
     *
     * @param notification the notification to test
     * @return whether it matches
     */
    public boolean test(Notification notification) {
        return predicate.test(notification);
    }

    /**
     * Holds when this and {@code other} both hold.
     *
     * @param other the second condition, tested only when this one holds
     * @return the conjunction, described as {@code (a and b)}
     */
    public RouteCondition and(RouteCondition other) {
        Checks.notNull(other, "other");
        return new RouteCondition("(" + description + " and " + other.description + ")",
                predicate.and(other.predicate));
    }

    /**
     * Holds when this or {@code other} holds.
     *
     * @param other the second condition, tested only when this one fails
     * @return the disjunction, described as {@code (a or b)}
     */
    public RouteCondition or(RouteCondition other) {
        Checks.notNull(other, "other");
        return new RouteCondition("(" + description + " or " + other.description + ")",
                predicate.or(other.predicate));
    }

    /**
     * Holds when this does not.
     *
     * @return the negation, described as {@code not(a)}
     */
    public RouteCondition negate() {
        return new RouteCondition("not " + description, predicate.negate());
    }

    /**
     * All of {@code conditions} hold.
     *
     * @param conditions the conditions, at least one
     * @return the conjunction
     */
    public static RouteCondition allOf(RouteCondition... conditions) {
        Checks.notNull(conditions, "conditions");
        Checks.require(conditions.length > 0, "conditions", "must name at least one condition");
        List<RouteCondition> list = List.of(conditions);
        return new RouteCondition(
                list.stream().map(RouteCondition::description).collect(Collectors.joining(" and ", "(", ")")),
                n -> list.stream().allMatch(c -> c.test(n)));
    }

    @Override
    public String toString() {
        return description;
    }
}
