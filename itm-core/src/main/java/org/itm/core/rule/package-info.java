/**
 * A small, explainable rule engine: typed {@link org.itm.core.rule.Rule}s over a fact, grouped in a
 * {@link org.itm.core.rule.RuleSet} with a {@link org.itm.core.rule.MatchStrategy}, producing a
 * {@link org.itm.core.rule.Decision} that says which rules fired, which did not, and why.
 *
 * <p>Conditions are either Java predicates ({@link org.itm.core.rule.Condition#of(String, java.util.function.Predicate)})
 * or data: a {@link org.itm.core.rule.ConditionDefinition} (all / any / not / field comparisons) read from JSON or
 * YAML and compiled against a {@link org.itm.core.rule.FactSchema} that names every field a definition may use.
 * There is no scripting and no reflection: a definition can only read the fields the schema exposes, and an
 * unknown field, operator or ill-typed value fails when the definition is loaded, naming its path.
 *
 * <pre>{@code
 * // given: String yaml
 * enum Impact { LOW, HIGH }
 * record Ticket(Impact impact, int affectedUsers) {}
 *
 * FactSchema<Ticket> schema = FactSchema.<Ticket>builder()
 *         .enumeration("impact", Impact.class, Ticket::impact)
 *         .number("affectedUsers", Ticket::affectedUsers)
 *         .build();
 * RuleSet<Ticket, String> rules = schema.ruleSetFromYaml(yaml, String.class);
 * Decision<String> d = rules.decide(new Ticket(Impact.HIGH, 120));
 * d.outcome();        // Optional of the winning outcome
 * d.explanation();    // which rules fired, which did not, and why
 * }</pre>
 */
@NullMarked
package org.itm.core.rule;

import org.jspecify.annotations.NullMarked;
