package org.itm.core.rule;

/**
 * How a {@link RuleSet} picks the rules that fire. Every strategy is deterministic: the same rules and fact give
 * the same {@link Decision}, and ties are always broken by declaration order (the rule listed earlier wins).
 *
 * @since 0.1
 */
public enum MatchStrategy {

    /**
     * Rules are tried in declaration order; the first whose condition holds fires and the rest are not evaluated.
     * Priorities are ignored. Use it for ordered lists such as "first matching SLA wins", ending with a catch-all.
     */
    FIRST_MATCH,

    /**
     * Every rule is evaluated; every rule whose condition holds fires. Rules are evaluated, and outcomes listed,
     * by priority (highest first), ties in declaration order.
     */
    ALL_MATCHES,

    /**
     * Rules are tried by priority (highest first), ties in declaration order; the first whose condition holds
     * fires and the rest are not evaluated. With distinct priorities the result does not depend on declaration
     * order at all.
     */
    HIGHEST_PRIORITY
}
