/**
 * Validation of inputs, reported as one {@link org.itm.core.ItmValidationException} that lists every
 * {@link org.itm.core.Violation} with its property path, so a user fixes a document in one go.
 *
 * <p>Three tools, one result:
 * <ul>
 *   <li>{@link org.itm.core.validation.Validation} is the entry point to Jakarta Validation (Hibernate Validator):
 *       {@link org.itm.core.validation.Validation#validate validate} checks an object's constraint annotations,
 *       {@link org.itm.core.validation.Validation#checkComponents checkComponents} a record's components before the
 *       record exists. ITM's configuration documents (SLA definitions, policies, on-call schedules, KPI
 *       definitions, notifier settings) are annotated and checked this way, and so can an integrator's own
 *       configuration and SPI value types be, with the standard constraints and ITM's
 *       {@link org.itm.core.validation.Identifier} and {@link org.itm.core.validation.PositiveDuration}.</li>
 *   <li>{@link org.itm.core.validation.Violations} collects further violations, for what annotations cannot express
 *       (one field against another, a format a domain type parses), and throws them all together.</li>
 *   <li>{@link org.itm.core.validation.Checks} checks one argument and throws at once, for factories and hot
 *       paths.</li>
 * </ul>
 *
 * <pre>{@code
 * import jakarta.validation.constraints.NotBlank;
 * import org.itm.core.ItmValidationException;
 *
 * record Escalation(@NotBlank String name, @Identifier String team, @PositiveDuration Duration after,
 *         List<@Identifier String> paged) {
 *     Escalation {
 *         Violations v = new Violations()
 *                 .addAll(Validation.checkComponents(Escalation.class, name, team, after, paged));
 *         v.require(paged == null || !paged.contains(team), "paged", "must not repeat the team");
 *         v.throwIfAny();
 *         paged = paged == null ? List.of() : List.copyOf(paged);
 *     }
 * }
 * try {
 *     new Escalation(" ", "db team", Duration.ZERO, List.of("db-oncall", "bad id"));
 * } catch (ItmValidationException e) {
 *     // after: must be a positive duration, was PT0S; name: must not be blank;
 *     // paged[1]: must be 1-128 characters ... was 'bad id'; team: ... was 'db team'
 *     e.violations();
 * }
 * }</pre>
 *
 * <p>One convention for proportions across the modules, checked where a value enters: a <em>level</em> or
 * <em>probability</em> — a confidence level, an interval's coverage, a service level, an objective, a quantile's
 * probability, a value-at-risk confidence — is a fraction in (0, 1) such as {@code 0.95}, checked with
 * {@link org.itm.core.validation.Checks#level}, which names a percentage such as {@code 95} as the likely mistake.
 * A percentile <em>rank</em> (a KPI's {@code percentile(90, ...)}, a loss
 * distribution's {@code percentile(90)}) is in percent, as the word says, and is checked against (0, 100).
 */
@NullMarked
package org.itm.core.validation;

import org.jspecify.annotations.NullMarked;
