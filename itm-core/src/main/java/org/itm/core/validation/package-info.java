/**
 * Validation: {@link org.itm.core.validation.Validation} over Jakarta Validation, and
 * {@link org.itm.core.validation.Checks} / {@link org.itm.core.validation.Violations} for compact constructors.
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
